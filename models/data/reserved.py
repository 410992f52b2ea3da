"""Names a spec may use that a target language will not take as they are (see syntax.Lang).

RESERVED[lang]: keywords, plus the names the printer itself relies on (`printf`, `fmt`,
`math`, `writeln`) that a local of the same name would shadow. Such an identifier is
renamed with a suffix wherever it appears: a parameter `byte` is `byte_` in Java.
LIBRARY[lang]: functions already defined where the program's own functions live (libc
through stdio.h and stdlib.h, Perl's named operators, the Haskell imports, PHP's
functions). Only a spec *function* of such a name is renamed; a local may shadow them.

The C, Haskell and PHP library tables come from the toolchains themselves: gcc rejecting a
`static` function per name declared in the two headers; ghci's `:browse` of the imported
modules; PHP 8.2's internal functions without an underscore (PHP names are
case-insensitive and camelCased spec names never hold one).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


RESERVED: dict[str, frozenset[str]] = {
    "c": _words("""
    asm auto break calloc case char const continue default do double else enum extern float
    for free goto if inline int llabs long printf register restrict return short signed
    sizeof static struct switch typedef typeof union unsigned void volatile while
    """),
    "java": _words("""
    abstract args assert boolean break byte case catch char class const continue default do
    double else enum extends false final finally float for goto if implements import
    instanceof int interface long native new null package private protected public return
    short static strictfp super switch synchronized this throw throws transient true try
    void volatile while yield
    """),
    "csharp": _words("""
    abstract as base bool break byte case catch char checked class const continue decimal
    default delegate do double else enum event explicit extern false finally fixed float for
    foreach goto if implicit in int interface internal is lock long namespace new null
    object operator out override params private protected public readonly ref return sbyte
    sealed short sizeof stackalloc static string struct switch this throw true try typeof
    uint ulong unchecked unsafe ushort using virtual void volatile while
    """),
    "d": _words("""
    abs abstract alias align asm assert auto body bool break byte case cast catch cdouble
    cent cfloat char class const continue creal dchar debug default delegate delete
    deprecated do double else enum export extern false final finally float for foreach
    foreach_reverse function goto idouble if ifloat immutable import in inout int interface
    invariant ireal is lazy long macro max min mixin module new nothrow null out override
    package pragma private protected public pure real ref return scope shared short static
    struct super switch synchronized template this throw true try typeid typeof ubyte ucent
    uint ulong union unittest ushort version void wchar while with writeln
    """),
    "go": _words("""
    abs64 break case chan const continue default defer else fallthrough fmt for func go goto
    if import int64 interface len make map max64 min64 new package range return select
    struct switch type var
    """),
    "rust": _words("""
    abstract as async await become box break const continue crate do drop dyn else enum
    extern false final fn for if impl in let loop macro match mod move mut override priv pub
    ref return self static struct super trait true try type typeof unsafe unsized use
    virtual where while yield
    """),
    "javascript": _words("""
    arguments await break case catch class console const continue debugger default delete do
    else enum eval export extends false finally for function if implements import in
    instanceof interface let new null package private protected public return static super
    switch this throw true try typeof var void while with yield
    """),
    "kotlin": _words("""
    as break class continue do else false for fun if in interface is maxOf minOf null object
    package println return super this throw true try typealias typeof val var when while
    """),
    "scala": _words("""
    abstract args case catch class def do else extends false final finally for forSome if
    implicit import lazy macro match math new null object override package private protected
    return sealed super this throw trait true try type val var while with yield
    """),
    "php": _words("""
    this
    """),
    "perl": _words("""
    a b if my our print q sort sub x y
    """),
    "ruby": _words("""
    BEGIN END alias and begin break case class def defined do else elsif end ensure false
    for if in module next nil not or puts redo rescue retry return self super then true
    undef unless until when while yield
    """),
    "lua": _words("""
    and break do else elseif end false for function goto if in local math nil not or print
    repeat return then true until while
    """),
    "ocaml": _words("""
    abs and as asr assert begin class constraint do done downto else end exception external
    false for fun function functor if in include inherit initializer land lazy let lor lsl
    lsr lxor match max method min mod module mutable new nonrec not object of open or
    private rec ref sig struct then to true try type val virtual when while with
    """),
    "fortran": _words("""
    abs call count data do end go iand ieor if index ior ishft len main max min mod program
    real res result run_main size stop sum
    """),
    "haskell": _words("""
    abs case class data default deriving div do else foreign if import in infix infixl
    infixr instance let max min mod module negate newArray newIORef newtype not of print
    readArray readIORef return shiftL shiftR then type when where writeArray writeIORef xor
    """),
}
LIBRARY: dict[str, frozenset[str]] = {
    "c": _words("""
    a64l abort abs aligned_alloc arc4random arc4random_buf arc4random_uniform at_quick_exit
    atexit atof atoi atol atoll bsearch calloc clearenv clearerr clearerr_unlocked ctermid
    div dprintf drand48 drand48_r ecvt ecvt_r erand48 erand48_r exit fclose fcvt fcvt_r
    fdopen feof feof_unlocked ferror ferror_unlocked fflush fflush_unlocked fgetc
    fgetc_unlocked fgetpos fgets fileno fileno_unlocked flockfile fmemopen fopen fprintf
    fputc fputc_unlocked fputs fread fread_unlocked free freopen fscanf fseek fseeko fsetpos
    ftell ftello ftrylockfile funlockfile fwrite fwrite_unlocked gcvt getc getc_unlocked
    getchar getchar_unlocked getdelim getenv getline getloadavg getsubopt getw initstate
    initstate_r jrand48 jrand48_r l64a labs lcong48 lcong48_r ldiv llabs lldiv lrand48
    lrand48_r malloc mblen mbstowcs mbtowc mkdtemp mkstemp mkstemps mktemp mrand48 mrand48_r
    nrand48 nrand48_r on_exit open_memstream pclose perror popen posix_memalign printf
    pselect putc putc_unlocked putchar putchar_unlocked putenv puts putw qecvt qecvt_r qfcvt
    qfcvt_r qgcvt qsort quick_exit rand rand_r random random_r realloc reallocarray realpath
    remove rename renameat rewind rpmatch scanf seed48 seed48_r select setbuf setbuffer
    setenv setlinebuf setstate setstate_r setvbuf snprintf sprintf srand srand48 srand48_r
    srandom srandom_r sscanf strtod strtof strtol strtold strtoll strtoq strtoul strtoull
    strtouq system tempnam tmpfile tmpnam tmpnam_r ungetc unsetenv valloc vdprintf vfprintf
    vfscanf vprintf vscanf vsnprintf vsprintf vsscanf wcstombs wctomb
    """),
    "csharp": _words("""
    Console Math Program
    """),
    "php": _words("""
    abs abstract acos acosh addcslashes addslashes and array arsort as asin asinh asort
    assert atan atan2 atanh basename bin2hex bindec bindtextdomain boolval break callable
    case catch ceil chdir checkdate checkdnsrr chgrp chmod chop chown chr chroot class
    clearstatcache clone closedir closelog compact const constant continue copy cos cosh
    count crc32 crypt current date dcgettext dcngettext decbin dechex declare decoct default
    define defined deg2rad dgettext die dir dirname diskfreespace dl dngettext do doubleval
    echo else elseif empty end enddeclare endfor endforeach endif endswitch endwhile
    escapeshellarg escapeshellcmd eval exec exit exp explode expm1 extends extract fclose
    fdatasync fdiv feof fflush fgetc fgetcsv fgets file fileatime filectime filegroup
    fileinode filemtime fileowner fileperms filesize filetype final finally floatval flock
    floor flush fmod fn fnmatch fopen for foreach fpassthru fprintf fputcsv fputs fread
    frenchtojd fscanf fseek fsockopen fstat fsync ftell ftok ftruncate function fwrite
    getcwd getdate getenv gethostbyaddr gethostbyname gethostbynamel gethostname
    getimagesize getimagesizefromstring getlastmod getmxrr getmygid getmyinode getmypid
    getmyuid getopt getprotobyname getprotobynumber getrandmax getrusage getservbyname
    getservbyport gettext gettimeofday gettype glob global gmdate gmmktime gmstrftime goto
    gregoriantojd gzclose gzcompress gzdecode gzdeflate gzencode gzeof gzfile gzgetc gzgets
    gzinflate gzopen gzpassthru gzputs gzread gzrewind gzseek gztell gzuncompress gzwrite
    hash header hebrev hex2bin hexdec hrtime htmlentities htmlspecialchars hypot iconv idate
    if implements implode include include_once instanceof insteadof intdiv interface intval
    ip2long iptcembed iptcparse isset jddayofweek jdmonthname jdtofrench jdtogregorian
    jdtojewish jdtojulian jdtounix jewishtojd join juliantojd key krsort ksort lcfirst
    lchgrp lchown levenshtein link linkinfo list localeconv localtime log log10 log1p
    long2ip lstat ltrim mail match max md5 metaphone mhash microtime min mkdir mktime
    namespace natcasesort natsort new next ngettext nl2br octdec opendir openlog or ord pack
    passthru pathinfo pclose pfsockopen phpcredits phpinfo phpversion pi popen pos pow prev
    print printf private protected public putenv quotemeta rad2deg rand range rawurldecode
    rawurlencode readdir readfile readgzfile readline readlink readonly realpath rename
    require require_once reset return rewind rewinddir rmdir round rsort rtrim scandir
    serialize setcookie setlocale setrawcookie settype sha1 shuffle sin sinh sizeof sleep
    sort soundex sprintf sqrt srand sscanf stat static strcasecmp strchr strcmp strcoll
    strcspn strftime stripcslashes stripos stripslashes stristr strlen strnatcasecmp
    strnatcmp strncasecmp strncmp strpbrk strpos strptime strrchr strrev strripos strrpos
    strspn strstr strtok strtolower strtotime strtoupper strtr strval substr switch symlink
    syslog system tan tanh tempnam textdomain throw time tmpfile touch trait trim try uasort
    ucfirst ucwords uksort umask uniqid unixtojd unlink unpack unserialize unset urldecode
    urlencode use usleep usort var vfprintf vprintf vsprintf while wordwrap xor yield
    """),
    "perl": _words("""
    abs accept alarm and atan2 bind binmode bless break caller chdir chmod chomp chop chown
    chr chroot close closedir cmp connect continue cos crypt dbmclose dbmopen default
    defined delete die do dump each else elsif endgrent endhostent endnetent endprotoent
    endpwent endservent eof eq eval evalbytes exec exists exit exp fc fcntl fileno flock for
    foreach fork format formline ge getc getgrent getgrgid getgrnam gethostbyaddr
    gethostbyname gethostent getlogin getnetbyaddr getnetbyname getnetent getpeername
    getpgrp getppid getpriority getprotobyname getprotobynumber getprotoent getpwent
    getpwnam getpwuid getservbyname getservbyport getservent getsockname getsockopt given
    glob gmtime goto grep gt hex if index int ioctl isa join keys kill last lc lcfirst le
    length link listen local localtime lock log lstat lt m map mkdir msgctl msgget msgrcv
    msgsnd my ne next no not oct open opendir or ord our pack package pipe pop pos print
    printf prototype push q qq qr quotemeta qw qx rand read readdir readline readlink
    readpipe recv redo ref rename require reset return reverse rewinddir rindex rmdir s say
    scalar seek seekdir select semctl semget semop send setgrent sethostent setnetent
    setpgrp setpriority setprotoent setpwent setservent setsockopt shift shmctl shmget
    shmread shmwrite shutdown sin sleep socket socketpair sort splice split sprintf sqrt
    srand stat state study sub substr symlink syscall sysopen sysread sysseek system
    syswrite tell telldir tie tied time times tr truncate uc ucfirst umask undef unless
    unlink unpack unshift untie until use utime values vec wait waitpid wantarray warn when
    while write x xor y
    """),
    "haskell": _words("""
    abs acos acosh all and any ap appendFile asTypeOf asin asinh atan atan2 atanh
    atomicModifyIORef atomicWriteIORef bit bitDefault bitSize bitSizeMaybe break ceiling
    clearBit compare complement complementBit concat concatMap const cos cosh
    countLeadingZeros countTrailingZeros curry cycle decodeFloat div divMod drop dropWhile
    either elem encodeFloat enumFrom enumFromThen enumFromThenTo enumFromTo error
    errorWithoutStackTrace even exp expm1 exponent fail filter filterM finiteBitSize flip
    floatDigits floatRadix floatRange floor fmap fold foldM foldM_ foldMap foldl foldl1
    foldr foldr1 forM forM_ forever freeze fromEnum fromInteger fromIntegral fromRational
    fst gcd getAssocs getBounds getChar getContents getElems getLine getNumElements guard
    hGetArray hPutArray head id inRange index init insert interact ioError isDenormalized
    isIEEE isInfinite isNaN isNegativeZero isSigned iterate join last lcm length lex liftA2
    liftM liftM2 liftM3 liftM4 liftM5 lines log log1mexp log1p log1pexp logBase lookup map
    mapAndUnzipM mapArray mapIndices mapM mapM_ mappend max maxBound maximum maybe mconcat
    mempty mfilter min minBound minimum mkWeakIORef mod modifyIORef mplus msum mzero negate
    newArray newArray_ newIORef newListArray not notElem null odd or otherwise pi popCount
    popCountDefault pred print product properFraction pure putChar putStr putStrLn quot
    quotRem range rangeSize read readArray readFile readIO readIORef readList readListPrec
    readLn readParen readPrec reads readsPrec realToFrac recip rem repeat replicate
    replicateM replicateM_ return reverse rotate rotateL rotateR round scaleFloat scanl
    scanl1 scanr scanr1 sconcat seq sequence sequenceA sequence_ setBit shift shiftL shiftR
    show showChar showList showParen showString shows showsPrec significand signum sin sinh
    snd span splitAt sqrt stimes subtract succ sum tail take takeWhile tan tanh testBit
    testBitDefault thaw toEnum toInteger toIntegralSized toList toRational traverse truncate
    uncurry undefined unless unlines unsafeIndex unsafeNewArray_ unsafeRangeSize unsafeRead
    unsafeShiftL unsafeShiftR unsafeWrite until unwords unzip unzip3 userError void when
    words writeArray writeFile writeIORef xor zeroBits zip zip3 zipWith zipWith3 zipWithM
    zipWithM_
    """),
}
RESERVED["cpp"] = RESERVED["c"] | _words("""
    alignas alignof and and_eq bitand bitor bool catch char16_t char32_t char8_t class
    co_await co_return co_yield compl concept const_cast consteval constexpr constinit
    decltype delete dynamic_cast explicit export false friend mutable namespace new noexcept
    not not_eq nullptr operator or or_eq private protected public reinterpret_cast requires
    static_assert static_cast template this thread_local throw true try typeid typename
    using virtual wchar_t xor xor_eq
    """)
RESERVED["typescript"] = RESERVED["javascript"]
