use strict;
use warnings;

sub square {
    my ($x) = @_;
    return $x * $x;
}

my $add = sub {
    my ($a, $b) = @_;
    return $a + $b;
};

sub main {
    print square(3), "\n";
}
main();
