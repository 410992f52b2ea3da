#!/usr/bin/env python3
"""Measure the Triton corpus on one CUDA GPU; write JSONL records into an output folder.

    python3 models/triton/measure_gpu.py --out DIR [--budget-s 420] [--ids FILE]

Standalone: needs torch and triton only (no perfhint), so it runs under a GPU image's own
python3. For each sample, in corpus order:
  1. its kernel is compiled ahead in worker processes (`JITFunction.warmup`, no launch), which
     fills Triton's on-disk cache while the main process measures earlier samples;
  2. correctness first: fresh random inputs, outputs poisoned with NaN, one launch, relative L2
     error against the PyTorch reference (float64; float32 without tf32 for dot kernels);
  3. timing: `triton.testing.do_bench` (L2 flushed before every repetition, warm-up first) over
     a launch that rotates among several input sets; the median is the label, p10/p90 and the
     repetition count are kept as the spread. Only the main process launches kernels, so
     timings never overlap another kernel.
Failures are records too (outcome compile_error / out_of_resources / runtime_error / wrong).
Also written: env.json (GPU, driver, versions) and ceilings.json (device-to-device copy
bandwidth counting read + write bytes, bf16 and fp16 8192^3 matmul rates).
The run is time-boxed by --budget-s and flushes every record, so a killed run keeps its data.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import math
import os
import platform
import subprocess
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import corpus  # noqa: E402  (this folder's module, imported without perfhint)

_KERNELS: dict[str, object] = {}
_MODULE_DIR = os.path.join(os.environ.get("TMPDIR", "/tmp"), "perfhint_triton_kernels")


def write_modules(directory: str) -> None:
    os.makedirs(directory, exist_ok=True)
    for task in corpus.tasks():
        path = os.path.join(directory, f"tk_{task.name}.py")
        text = corpus.module_source(task)
        if not os.path.exists(path) or open(path).read() != text:
            with open(path, "w") as f:
                f.write(text)


def kernel_fn(task):
    """The @triton.jit function of a task, imported from its own file (Triton reads source)."""
    if task.name not in _KERNELS:
        path = os.path.join(_MODULE_DIR, f"tk_{task.name}.py")
        spec = importlib.util.spec_from_file_location(f"tk_{task.name}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _KERNELS[task.name] = getattr(module, task.kernel)
    return _KERNELS[task.name]


# ---------------------------------------------------------------- compile workers


def _worker_init() -> None:
    os.nice(5)  # the main process times kernels; keep its launches prompt


def compile_in_worker(task_name: str, launch) -> float:
    import torch

    task = corpus.task_by_name()[task_name]
    fn = kernel_fn(task)
    args = [
        corpus.torch_dtype(torch, launch.tensor(a).dtype) if isinstance(a, str) else a
        for a in launch.args
    ]
    t0 = time.perf_counter()
    fn.warmup(
        *args,
        grid=launch.grid,
        **dict(launch.meta),
        num_warps=launch.num_warps,
        num_stages=launch.num_stages,
    )
    return time.perf_counter() - t0


# ---------------------------------------------------------------- environment and ceilings


def environment(torch, triton) -> dict:
    props = torch.cuda.get_device_properties(0)
    env = {
        "gpu": torch.cuda.get_device_name(0),
        "sm_count": props.multi_processor_count,
        "memory_bytes": props.total_memory,
        "l2_bytes": getattr(props, "L2_cache_size", None),
        "capability": f"{props.major}.{props.minor}",
        "torch": torch.__version__,
        "triton": triton.__version__,
        "cuda": torch.version.cuda,
        "python": platform.python_version(),
        "host": platform.node(),
    }
    try:
        q = "name,driver_version,clocks.sm,clocks.max.sm,clocks.mem,power.limit,temperature.gpu"
        env["nvidia_smi"] = subprocess.run(
            ["nvidia-smi", f"--query-gpu={q}", "--format=csv"],
            capture_output=True,
            text=True,
            timeout=20,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError) as e:
        env["nvidia_smi"] = f"unavailable: {e}"
    return env


def ceilings(torch, triton) -> dict:
    from triton.testing import do_bench

    out = {}
    n = 1 << 30
    src = torch.randint(0, 255, (n,), dtype=torch.uint8, device="cuda")
    dst = torch.empty_like(src)
    ms = do_bench(lambda src=src, dst=dst: dst.copy_(src), warmup=25, rep=200, return_mode="median")
    out["copy_bytes"] = n
    out["copy_ms"] = ms
    out["copy_bandwidth_bytes_per_s"] = 2 * n / (ms * 1e-3)  # read + write
    del src, dst
    for name, dtype in (("bf16", torch.bfloat16), ("fp16", torch.float16)):
        a = torch.randn(8192, 8192, device="cuda", dtype=dtype)
        b = torch.randn(8192, 8192, device="cuda", dtype=dtype)
        ms = do_bench(lambda a=a, b=b: a @ b, warmup=25, rep=200, return_mode="median")
        out[f"matmul_{name}_8192_ms"] = ms
        out[f"matmul_{name}_flops_per_s"] = 2 * 8192**3 / (ms * 1e-3)
    del a, b
    torch.cuda.empty_cache()
    return out


# ---------------------------------------------------------------- one sample


def rotation_sets(sample, l2_bytes: int) -> int:
    """Input sets to rotate among: enough to exceed the L2 twice over, at most 4 and 2 GiB."""
    per_set = max(1.0, sample.bytes)
    want = math.ceil(2 * l2_bytes / per_set)
    return int(max(1, min(4, want, (2 << 30) // per_set)))


def measure(torch, do_bench, sample, task, args) -> dict:
    rec = {"id": sample.id}
    fn = kernel_fn(task)
    device = getattr(args, "device", "cuda")
    gen = torch.Generator(device=device)
    gen.manual_seed(int(sample.id.split("-")[-1], 16) % (2**31))
    sets = [corpus.make_tensors(torch, sample.launch, device, gen)]
    try:
        corpus.run_kernel(fn, sample.launch, sets[0])
        if device == "cuda":
            torch.cuda.synchronize()
    except Exception as e:  # noqa: BLE001 - every failure is a record
        name = type(e).__name__
        kind = "runtime_error"
        if "OutOfResources" in name or "out of resource" in str(e):
            kind = "out_of_resources"
        elif "Compilation" in name:
            kind = "compile_error"
        rec.update(outcome=kind, message=f"{type(e).__name__}: {str(e)[:400]}")
        return rec
    errors = corpus.relative_errors(torch, task, sample, sets[0])
    rec["rel_error"] = max(errors.values())
    if not rec["rel_error"] <= corpus.tolerance(task, sample.dtype):
        rec.update(outcome="wrong", message=json.dumps(errors))
        return rec
    for _ in range(rotation_sets(sample, args.l2_bytes) - 1):
        sets.append(corpus.make_tensors(torch, sample.launch, device, gen))
    rec["rotate_sets"] = len(sets)
    calls = [corpus.launch_args(sample.launch, s) for s in sets]
    meta = dict(sample.launch.meta)
    grid, w, st = sample.launch.grid, sample.launch.num_warps, sample.launch.num_stages
    state = {"i": 0}

    def launch():
        state["i"] += 1
        fn[grid](*calls[state["i"] % len(calls)], **meta, num_warps=w, num_stages=st)

    times_ms = sorted(do_bench(launch, warmup=args.warmup_ms, rep=args.rep_ms, return_mode="all"))
    q = lambda f: times_ms[min(len(times_ms) - 1, int(f * len(times_ms)))]  # noqa: E731
    rec.update(
        outcome="ok",
        latency_s=_median(times_ms) * 1e-3,
        p10_s=q(0.1) * 1e-3,
        p90_s=q(0.9) * 1e-3,
        min_s=times_ms[0] * 1e-3,
        reps=len(times_ms),
    )
    return rec


def _median(xs: list[float]) -> float:
    n = len(xs)
    return xs[n // 2] if n % 2 else 0.5 * (xs[n // 2 - 1] + xs[n // 2])


# ---------------------------------------------------------------- main


def read_ids(path: str) -> list[str]:
    opener = gzip.open if path.endswith(".gz") else open
    ids = []
    with opener(path, "rt") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if line.startswith("{"):
                r = json.loads(line)
                if r.get("outcome", "ok") == "ok":
                    ids.append(r["id"])
            else:
                ids.append(line)
    return ids


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument(
        "--budget-s", type=float, default=420.0, help="stop starting samples after this"
    )
    ap.add_argument("--ids", help="measure only these sample ids (text or JSONL[.gz] of records)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workers", type=int, default=max(1, min(14, (os.cpu_count() or 2) - 2)))
    ap.add_argument("--warmup-ms", type=float, default=5.0)
    ap.add_argument("--rep-ms", type=float, default=25.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--skip-ceilings", action="store_true")
    args = ap.parse_args(argv)
    t_start = time.monotonic()
    os.makedirs(args.out, exist_ok=True)

    import torch
    import triton
    from triton.testing import do_bench

    torch.backends.cuda.matmul.allow_tf32 = False  # references stay fp32-exact
    env = environment(torch, triton)
    args.l2_bytes = env["l2_bytes"] or 50 << 20
    print(json.dumps(env, indent=1), flush=True)
    write_modules(_MODULE_DIR)

    samples = corpus.generate(seed=args.seed)
    if args.ids:
        keep = read_ids(args.ids)
        by_id = {s.id: s for s in samples}
        samples = [by_id[i] for i in keep if i in by_id]
    if args.limit:
        samples = samples[: args.limit]
    tasks = corpus.task_by_name()
    print(
        f"plan: {len(samples)} samples of {len(tasks)} tasks, budget {args.budget_s:.0f} s",
        flush=True,
    )

    pool = (
        ProcessPoolExecutor(args.workers, mp_context=_spawn(), initializer=_worker_init)
        if args.workers
        else None
    )
    window = 4 * max(1, args.workers)
    futures: dict[str, object] = {}

    def submit(i: int) -> None:
        nonlocal pool
        if pool is None or i >= len(samples) or samples[i].id in futures:
            return
        try:
            futures[samples[i].id] = pool.submit(
                compile_in_worker, samples[i].task, samples[i].launch
            )
        except (BrokenProcessPool, RuntimeError):
            pool = None

    for i in range(window):
        submit(i)

    if not args.skip_ceilings:
        c = ceilings(torch, triton)
        c["gpu"] = env["gpu"]
        with open(os.path.join(args.out, "ceilings.json"), "w") as f:
            json.dump(c, f, indent=1)
        print(json.dumps(c, indent=1), flush=True)
    env["do_bench"] = {
        "warmup_ms": args.warmup_ms,
        "rep_ms": args.rep_ms,
        "return": "all reps; L2 flushed each",
    }
    with open(os.path.join(args.out, "env.json"), "w") as f:
        json.dump(env, f, indent=1)

    counts: dict[str, int] = {}
    out_path = os.path.join(args.out, "records.jsonl")
    done = 0
    with open(out_path, "a") as out:
        for i, sample in enumerate(samples):
            if time.monotonic() - t_start > args.budget_s:
                print(f"budget reached after {done} samples", flush=True)
                break
            submit(i + window)
            task = tasks[sample.task]
            rec = {"id": sample.id, "task": sample.task, "gpu": env["gpu"]}
            t0 = time.perf_counter()
            fut = futures.pop(sample.id, None)
            if fut is not None:
                # the worker only warms the cache: on any failure the main process compiles
                try:
                    rec["compile_s"] = round(fut.result(timeout=120), 3)
                except BrokenProcessPool:
                    pool = None
                except Exception as e:  # noqa: BLE001
                    rec["worker_error"] = f"{type(e).__name__}: {str(e)[:200]}"
            try:
                rec.update(measure(torch, do_bench, sample, task, args))
            except Exception as e:  # noqa: BLE001 - every failure is a record
                name = type(e).__name__
                outcome = "out_of_resources" if "OutOfResources" in name else "compile_error"
                rec.update(outcome=outcome, message=f"{name}: {str(e)[:400]}")
                if "CompilationError" not in name:
                    rec["traceback"] = traceback.format_exc()[-800:]
            rec["wall_s"] = round(time.perf_counter() - t0, 4)
            out.write(json.dumps(rec) + "\n")
            out.flush()
            done += 1
            counts[rec["outcome"]] = counts.get(rec["outcome"], 0) + 1
            if done % 100 == 0:
                el = time.monotonic() - t_start
                print(f"{done} samples in {el:.0f} s: {counts}", flush=True)
            torch.cuda.empty_cache() if done % 200 == 0 else None
    if pool is not None:
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.terminate()  # our own workers; pending compiles are no longer needed
        pool.shutdown(wait=False, cancel_futures=True)
    el = time.monotonic() - t_start
    print(f"done: {done}/{len(samples)} samples in {el:.0f} s; outcomes {counts}", flush=True)
    return 0


def _spawn():
    import multiprocessing

    return multiprocessing.get_context("spawn")


if __name__ == "__main__":
    sys.exit(main())
