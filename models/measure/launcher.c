/* perfhint's run launcher: a tiny process between the harness and the measured program.
 *
 * Why it exists: ru_maxrss of a child counts the memory the child had between fork() and
 * exec(), i.e. a copy of its parent. Forking the program from this ~1 MB launcher instead of
 * the big Python harness keeps peak RSS the program's own.
 *
 * usage: launcher RESULT_FILE CWD STDIN STDOUT STDERR CPU_S AS_BYTES FSIZE_BYTES NPROC
 *                 UID GID NETNS CGROUP_PROCS_FILES -- argv...
 *   0 means "no limit" / "keep" for the numeric fields; CGROUP_PROCS_FILES is a
 *   ':'-separated list of cgroup.procs files to join ("-" for none); NETNS=1 unshares the
 *   network namespace (no network; loopback down).
 * Writes one line to RESULT_FILE:
 *   exit=<code> signal=<sig> maxrss_kb=<kB> utime_s=<s> stime_s=<s> wall_s=<s> error=<text>
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void set_limit(int which, long long value) {
    if (value <= 0) return;
    struct rlimit r = {(rlim_t)value, (rlim_t)value};
    setrlimit(which, &r);
}

static int join_cgroups(char *list) {
    if (strcmp(list, "-") == 0) return 0;
    for (char *f = strtok(list, ":"); f; f = strtok(NULL, ":")) {
        FILE *fp = fopen(f, "w");
        if (!fp) return -1;
        fprintf(fp, "%d\n", (int)getpid());
        if (fclose(fp) != 0) return -1;
    }
    return 0;
}

static int redirect(const char *path, int fd, int flags) {
    int f = open(path, flags, 0644);
    if (f < 0) return -1;
    if (dup2(f, fd) < 0) return -1;
    close(f);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 16 || strcmp(argv[14], "--") != 0) {
        fprintf(stderr, "perfhint launcher: bad arguments\n");
        return 2;
    }
    const char *result = argv[1], *cwd = argv[2], *in = argv[3], *out = argv[4], *err = argv[5];
    long long cpu_s = atoll(argv[6]), as = atoll(argv[7]), fsize = atoll(argv[8]);
    long long nproc = atoll(argv[9]);
    int uid = atoi(argv[10]), gid = atoi(argv[11]), netns = atoi(argv[12]);
    char **cmd = argv + 15;
    FILE *res = fopen(result, "w");
    if (!res) return 2;

    setsid(); /* own session and process group: the harness kills the whole group */
    if (join_cgroups(argv[13]) != 0) {
        fprintf(res, "exit=-1 signal=0 maxrss_kb=0 utime_s=0 stime_s=0 wall_s=0 error=cgroup:%s\n",
                strerror(errno));
        return 2;
    }
    if (netns && unshare(CLONE_NEWNET) != 0) {
        fprintf(res, "exit=-1 signal=0 maxrss_kb=0 utime_s=0 stime_s=0 wall_s=0 error=netns:%s\n",
                strerror(errno));
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid == 0) {
        if (chdir(cwd) != 0) _exit(126);
        if (redirect(in, 0, O_RDONLY) || redirect(out, 1, O_WRONLY | O_CREAT | O_TRUNC) ||
            redirect(err, 2, O_WRONLY | O_CREAT | O_TRUNC))
            _exit(126);
        set_limit(RLIMIT_CPU, cpu_s);
        set_limit(RLIMIT_AS, as);
        set_limit(RLIMIT_FSIZE, fsize);
        set_limit(RLIMIT_NPROC, nproc);
        set_limit(RLIMIT_CORE, 1); /* 1 byte: effectively no core files */
        if (gid > 0 && setgid(gid) != 0) _exit(126);
        if (uid > 0 && setuid(uid) != 0) _exit(126);
        execvp(cmd[0], cmd);
        fprintf(stderr, "perfhint launcher: exec %s: %s\n", cmd[0], strerror(errno));
        _exit(127);
    }
    if (pid < 0) {
        fprintf(res, "exit=-1 signal=0 maxrss_kb=0 utime_s=0 stime_s=0 wall_s=0 error=fork:%s\n",
                strerror(errno));
        return 2;
    }
    int status = 0;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) break;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double wall = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    fprintf(res, "exit=%d signal=%d maxrss_kb=%ld utime_s=%.6f stime_s=%.6f wall_s=%.6f error=\n",
            code, sig, ru.ru_maxrss, ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6,
            ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6, wall);
    fclose(res);
    return 0;
}
