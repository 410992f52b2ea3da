"""Run one untrusted command with limits and report what it cost.

What it does, per run:
- forks the program from a tiny C launcher (`launcher.c`, built on first use with `cc`) in a
  new session / process group, so `wait4` gives the program's own peak RSS, user and system
  CPU time, and wall time measured around fork -> exit (the harness's startup excluded);
- limits: RLIMIT_CPU (wall limit + 1 s), RLIMIT_AS (for native runtimes only: JVM, node, Go,
  GHC, Mono reserve huge address spaces), RLIMIT_FSIZE (caps output files, stdout included),
  no core files; a process-count cap and a memory cap through a fresh cgroup (v1 or v2:
  `pids.max`, `memory.limit_in_bytes`/`memory.max`) when one can be made, and RLIMIT_NPROC
  otherwise (only enforced for non-root users, hence the next point);
- when the harness runs as root, the program runs as the unprivileged user `nobody`, in a
  temporary working directory it owns, so it cannot modify files it was not given;
- a hard wall-clock timeout that SIGKILLs the whole process group and every process left in
  the cgroup; a scrubbed environment (PATH, HOME=cwd, TMPDIR=cwd, LANG, plus the
  toolchain's own variables); no network (`unshare(CLONE_NEWNET)`) when the kernel allows.

What it does NOT protect against (do not run hostile code on a machine you care about):
- reading world-readable files (the program sees the real filesystem; there is no mount
  namespace or chroot), and using CPU/disk bandwidth of the shared machine within its limits;
- kernel exploits, side channels, and anything a process running as `nobody` may do;
- processes that escape the process group with setsid() when no cgroup could be made: they
  survive the kill (with a cgroup they are killed as well);
- without root, no uid switch happens: the program runs as the harness's own user and can
  touch that user's files; without a cgroup, memory is capped only by RLIMIT_AS (native
  runtimes), so a VM runtime could use all free memory;
- peak RSS is that of the largest single process of the tree (`wait4` semantics), not the
  sum over a multi-process program.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pwd
import signal
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

LAUNCHER_SOURCE = Path(__file__).with_name("launcher.c")
SAFE_PATH = "/usr/local/bin:/usr/bin:/bin"
OUTPUT_KEEP_BYTES = 1 << 20  # stdout kept in the result (the rest stays on disk, capped)


@dataclass(frozen=True)
class Limits:
    """Resource limits of one run. 0 means no limit of that kind."""

    wall_s: float = 10.0
    address_space_bytes: int = 8 << 30
    memory_bytes: int = 4 << 30  # via cgroup only
    file_size_bytes: int = 64 << 20
    processes: int = 64


@dataclass(frozen=True)
class RunResult:
    """What one run did. `peak_rss_bytes` is ru_maxrss x 1024 of the program (largest process)."""

    exit_code: int
    signal: int
    peak_rss_bytes: int
    cpu_s: float  # user + system
    wall_s: float
    timed_out: bool
    oom_killed: bool
    stdout: bytes
    stderr: str
    error: str = ""


@dataclass(frozen=True)
class Features:
    """What this machine lets the sandbox do (recorded in each measurement's environment)."""

    cgroup_pids: str  # directory to create per-run cgroups in, or ""
    cgroup_memory: str
    netns: bool
    run_as_uid: int  # 0 = no switch
    run_as_gid: int

    def describe(self) -> dict[str, str]:
        return {
            "sandbox.cgroup_pids": "yes" if self.cgroup_pids else "no",
            "sandbox.cgroup_memory": "yes" if self.cgroup_memory else "no",
            "sandbox.netns": "yes" if self.netns else "no",
            "sandbox.uid": str(self.run_as_uid or os.geteuid()),
        }


def cache_dir() -> Path:
    d = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "perfhint"
    d.mkdir(parents=True, exist_ok=True)
    return d


@functools.cache
def launcher() -> Path:
    """Build launcher.c once per source version; raise RuntimeError without a C compiler."""
    source = LAUNCHER_SOURCE.read_bytes()
    exe = cache_dir() / f"launcher-{hashlib.sha256(source).hexdigest()[:12]}"
    if not exe.exists():
        tmp = exe.with_suffix(f".tmp{os.getpid()}")
        proc = subprocess.run(
            ["cc", "-O2", "-o", str(tmp), str(LAUNCHER_SOURCE)], capture_output=True, text=True
        )
        if proc.returncode != 0:
            raise RuntimeError(f"cannot build the sandbox launcher: {proc.stderr.strip()}")
        tmp.chmod(0o755)
        tmp.replace(exe)
    exe.parent.chmod(0o755)
    return exe


def _cgroup_base(controller: str) -> str:
    """Our own cgroup directory for a v1 controller (or the v2 one), if we may write it."""
    own = {}
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        for c in controllers.split(","):
            own[c] = path
    candidates = []
    if controller in own:
        candidates.append(Path("/sys/fs/cgroup") / controller / own[controller].lstrip("/"))
    if "" in own:
        unified = Path("/sys/fs/cgroup")
        if (unified / "cgroup.controllers").exists():
            candidates.append(unified / own[""].lstrip("/"))
    for base in candidates:
        probe = base / f"perfhint-probe-{os.getpid()}"
        try:
            probe.mkdir()
        except OSError:
            continue
        ok = (probe / ("pids.max" if controller == "pids" else "memory.max")).exists() or (
            probe / "memory.limit_in_bytes"
        ).exists()
        probe.rmdir()
        if ok:
            return str(base)
    return ""


def _netns_works() -> bool:
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0
    except OSError:
        return False


@functools.cache
def features() -> Features:
    uid = gid = 0
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam("nobody")
            uid, gid = pw.pw_uid, pw.pw_gid
        except KeyError:
            pass
    return Features(
        cgroup_pids=_cgroup_base("pids"),
        cgroup_memory=_cgroup_base("memory"),
        netns=_netns_works(),
        run_as_uid=uid,
        run_as_gid=gid,
    )


class _Cgroups:
    """Per-run cgroups: created with limits, emptied by SIGKILL, removed."""

    def __init__(self, feats: Features, limits: Limits):
        self.dirs: list[Path] = []
        name = f"perfhint-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        if feats.cgroup_pids and limits.processes:
            d = Path(feats.cgroup_pids) / name
            d.mkdir()
            self.dirs.append(d)
            (d / "pids.max").write_text(str(limits.processes))
        if feats.cgroup_memory and limits.memory_bytes:
            d = Path(feats.cgroup_memory) / name
            if not d.exists():
                d.mkdir()
                self.dirs.append(d)
            v1 = d / "memory.limit_in_bytes"
            if v1.exists():
                v1.write_text(str(limits.memory_bytes))
                swap = d / "memory.memsw.limit_in_bytes"
                if swap.exists():
                    try:
                        swap.write_text(str(limits.memory_bytes))
                    except OSError:
                        pass
            else:
                (d / "memory.max").write_text(str(limits.memory_bytes))
                if (d / "memory.swap.max").exists():
                    (d / "memory.swap.max").write_text("0")

    def procs_files(self) -> str:
        return ":".join(str(d / "cgroup.procs") for d in self.dirs) or "-"

    def oom_killed(self) -> bool:
        for d in self.dirs:
            for name in ("memory.oom_control", "memory.events"):
                f = d / name
                if f.exists():
                    for line in f.read_text().splitlines():
                        key, _, value = line.partition(" ")
                        if key == "oom_kill" and int(value) > 0:
                            return True
        return False

    def kill_all(self) -> None:
        deadline = time.monotonic() + 5.0
        for d in self.dirs:
            while time.monotonic() < deadline:
                try:
                    pids = [int(p) for p in (d / "cgroup.procs").read_text().split()]
                except OSError:
                    break
                if not pids:
                    break
                for p in pids:
                    try:
                        os.kill(p, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                time.sleep(0.01)

    def remove(self) -> None:
        for d in self.dirs:
            for _ in range(100):
                try:
                    d.rmdir()
                    break
                except OSError:
                    time.sleep(0.02)


def _parse_result(text: str) -> dict[str, str]:
    out = {}
    for field in text.strip().split(" "):
        key, _, value = field.partition("=")
        out[key] = value
    return out


def run(
    argv: list[str],
    cwd: Path,
    limits: Limits,
    env: dict[str, str] | None = None,
    stdin_path: Path | None = None,
    drop_privileges: bool = True,
) -> RunResult:
    """Run `argv` in `cwd` under `limits`; never raises for anything the program does."""
    feats = features()
    cwd = Path(cwd)
    full_env = {"PATH": SAFE_PATH, "HOME": str(cwd), "TMPDIR": str(cwd), "LANG": "C.UTF-8"}
    full_env.update(env or {})
    uid, gid = (feats.run_as_uid, feats.run_as_gid) if drop_privileges else (0, 0)
    with tempfile.TemporaryDirectory(prefix="perfhint-io-") as io_dir:
        io = Path(io_dir)
        os.chmod(io, 0o755)
        result_file, out_file, err_file = io / "result", io / "stdout", io / "stderr"
        cgroups = _Cgroups(feats, limits)
        cpu_limit = int(limits.wall_s + 1.999) if limits.wall_s else 0
        cmd = [
            str(launcher()),
            str(result_file),
            str(cwd),
            str(stdin_path or "/dev/null"),
            str(out_file),
            str(err_file),
            str(cpu_limit),
            str(limits.address_space_bytes),
            str(limits.file_size_bytes),
            str(limits.processes if not feats.cgroup_pids else 0),
            str(uid),
            str(gid),
            "1" if feats.netns else "0",
            cgroups.procs_files(),
            "--",
            *argv,
        ]
        timed_out = oom = False
        proc = None
        try:
            proc = subprocess.Popen(cmd, env=full_env, start_new_session=True)
            try:
                proc.wait(timeout=limits.wall_s + 0.5 if limits.wall_s else None)
            except subprocess.TimeoutExpired:
                timed_out = True
            oom = cgroups.oom_killed()
        finally:  # also when the harness itself is interrupted: leave nothing running
            if proc is not None:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
            cgroups.kill_all()
            if proc is not None:
                proc.wait()
            cgroups.remove()
        fields = _parse_result(result_file.read_text()) if result_file.exists() else {}
        stdout = out_file.read_bytes()[:OUTPUT_KEEP_BYTES] if out_file.exists() else b""
        stderr = ""
        if err_file.exists():
            with open(err_file, "rb") as f:
                stderr = f.read(8192).decode("utf-8", "replace")
    if not fields and not timed_out:
        error = "launcher gave no result"
    else:
        error = fields.get("error", "")
    return RunResult(
        exit_code=int(fields.get("exit", -1)),
        signal=int(fields.get("signal", 0)),
        peak_rss_bytes=int(fields.get("maxrss_kb", 0)) * 1024,
        cpu_s=float(fields.get("utime_s", 0)) + float(fields.get("stime_s", 0)),
        wall_s=float(fields.get("wall_s", 0)),
        timed_out=timed_out,
        oom_killed=oom,
        stdout=stdout,
        stderr=stderr,
        error=error,
    )


def give_to_sandbox_user(path: Path) -> None:
    """Make `path` (a temporary working dir) owned by the user programs run as."""
    feats = features()
    if not feats.run_as_uid:
        return
    for root, dirs, files in os.walk(path):
        os.chown(root, feats.run_as_uid, feats.run_as_gid)
        for name in dirs + files:
            os.lchown(os.path.join(root, name), feats.run_as_uid, feats.run_as_gid)
