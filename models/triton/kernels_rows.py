"""Row-wise Triton kernels of the corpus: reductions, softmax, norms and scans. Each Task's
source is the text of one kernel, written for this project.

References receive float64 inputs (`t`) and return float64 expectations; see spec.Task.
"""

from __future__ import annotations

try:
    from .kernels_elementwise import ALL_FLOAT, EW_CONFIGS, EW_PROBLEMS, MN_PROBLEMS
    from .spec import Built, Task, Tensor, cdiv, configs, next_pow2
except ImportError:  # run as a top-level module by measure_gpu.py
    from kernels_elementwise import ALL_FLOAT, EW_CONFIGS, EW_PROBLEMS, MN_PROBLEMS
    from spec import Built, Task, Tensor, cdiv, configs, next_pow2

# ---------------------------------------------------------------- row-wise reductions

ROW_PROBLEMS = (
    {"M": 4096, "N": 128},
    {"M": 1024, "N": 1000},
    {"M": 8192, "N": 1024},
    {"M": 2048, "N": 4096},
    {"M": 256, "N": 16384},
    {"M": 32768, "N": 256},
    {"M": 16384, "N": 2048},
    {"M": 1024, "N": 32000},
)
ROW_TINY = {"M": 5, "N": 77}
ROW_WARPS = configs("num_warps num_stages", [(1, 1), (2, 1), (4, 1), (8, 1), (16, 1)])
LOOP_CONFIGS = configs(
    "BLOCK_N num_warps num_stages",
    [(64, 1, 1), (256, 2, 2), (1024, 4, 2), (1024, 8, 3), (4096, 8, 2), (4096, 2, 1)],
)


def _fits_row(p, d, c):
    # one row held in registers: keep it under 128 values per thread
    return next_pow2(p["N"]) <= 128 * 32 * c["num_warps"]


def _rowwise(
    name, family, source, outputs, ref, flops_per_elem, extra_inputs=(), looped=False, out_cols=None
):
    def build(p, d, c):
        m, n = p["M"], p["N"]
        ts = [Tensor("x", (m, n), d)]
        args = ["x"]
        for iname, ishape in extra_inputs:
            ts.append(Tensor(iname, ishape(p), d))
            args.append(iname)
        for oname in outputs:
            shape = (m,) if out_cols == 1 else (m, n)
            ts.append(Tensor(oname, shape, d, "empty", True))
            args.append(oname)
        args += [n, n]
        meta = {} if looped else {"BLOCK_N": next_pow2(n)}
        return Built(tuple(ts), (m,), tuple(args), meta)

    return Task(
        name=name,
        family=family,
        source=source,
        kernel=f"{name}_kernel",
        problems=ROW_PROBLEMS,
        tiny=ROW_TINY,
        dtypes=ALL_FLOAT,
        configs=LOOP_CONFIGS if looped else ROW_WARPS,
        build=build,
        reference=lambda torch, t, p: ref(torch, t),
        flops=lambda p: flops_per_elem * p["M"] * p["N"],
        fits=(lambda p, d, c: True) if looped else _fits_row,
    )


ROW_SUM = _rowwise(
    "row_sum",
    "reduction",
    """
@triton.jit
def row_sum_kernel(x_ptr, out_ptr, N, stride_row, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    x = tl.load(x_ptr + row * stride_row + cols, mask=cols < N, other=0.0).to(tl.float32)
    tl.store(out_ptr + row, tl.sum(x, axis=0).to(out_ptr.dtype.element_ty))
""",
    ["out"],
    lambda torch, t: {"out": t["x"].sum(1)},
    1,
    out_cols=1,
)

ROW_SUM_LOOP = _rowwise(
    "row_sum_loop",
    "reduction",
    """
@triton.jit
def row_sum_loop_kernel(x_ptr, out_ptr, N, stride_row, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    acc = tl.zeros((BLOCK_N,), dtype=tl.float32)
    for start in range(0, N, BLOCK_N):
        cols = start + tl.arange(0, BLOCK_N)
        acc += tl.load(x_ptr + row * stride_row + cols, mask=cols < N, other=0.0).to(tl.float32)
    tl.store(out_ptr + row, tl.sum(acc, axis=0).to(out_ptr.dtype.element_ty))
""",
    ["out"],
    lambda torch, t: {"out": t["x"].sum(1)},
    1,
    looped=True,
    out_cols=1,
)

ROW_MAX = _rowwise(
    "row_max",
    "reduction",
    """
@triton.jit
def row_max_kernel(x_ptr, out_ptr, N, stride_row, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    x = tl.load(x_ptr + row * stride_row + cols, mask=cols < N, other=float("-inf"))
    tl.store(out_ptr + row, tl.max(x, axis=0))
""",
    ["out"],
    lambda torch, t: {"out": t["x"].amax(1)},
    1,
    out_cols=1,
)

L2_NORMALIZE = _rowwise(
    "l2_normalize",
    "reduction",
    """
@triton.jit
def l2_normalize_kernel(x_ptr, out_ptr, N, stride_row, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    x = tl.load(x_ptr + row * stride_row + cols, mask=mask, other=0.0).to(tl.float32)
    norm = tl.sqrt(tl.sum(x * x, axis=0) + 1e-12)
    tl.store(out_ptr + row * stride_row + cols, (x / norm).to(out_ptr.dtype.element_ty), mask=mask)
""",
    ["out"],
    lambda torch, t: {"out": t["x"] / torch.sqrt((t["x"] ** 2).sum(1, keepdim=True) + 1e-12)},
    3,
)

SOFTMAX = _rowwise(
    "softmax_row",
    "softmax",
    """
@triton.jit
def softmax_row_kernel(x_ptr, out_ptr, N, stride_row, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    x = tl.load(x_ptr + row * stride_row + cols, mask=mask, other=float("-inf")).to(tl.float32)
    x = x - tl.max(x, axis=0)
    num = tl.exp(x)
    y = num / tl.sum(num, axis=0)
    tl.store(out_ptr + row * stride_row + cols, y.to(out_ptr.dtype.element_ty), mask=mask)
""",
    ["out"],
    lambda torch, t: {"out": torch.softmax(t["x"], dim=1)},
    5,
)

LOG_SOFTMAX = _rowwise(
    "log_softmax_row",
    "softmax",
    """
@triton.jit
def log_softmax_row_kernel(x_ptr, out_ptr, N, stride_row, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    x = tl.load(x_ptr + row * stride_row + cols, mask=mask, other=float("-inf")).to(tl.float32)
    shifted = x - tl.max(x, axis=0)
    lse = tl.log(tl.sum(tl.exp(shifted), axis=0))
    tl.store(out_ptr + row * stride_row + cols, (shifted - lse).to(out_ptr.dtype.element_ty), mask=mask)
""",
    ["out"],
    lambda torch, t: {"out": torch.log_softmax(t["x"], dim=1)},
    5,
)

SOFTMAX_ONLINE = _rowwise(
    "softmax_online",
    "softmax",
    """
@triton.jit
def softmax_online_kernel(x_ptr, out_ptr, N, stride_row, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    x_row = x_ptr + row * stride_row
    m = tl.full((BLOCK_N,), float("-inf"), tl.float32)
    s = tl.zeros((BLOCK_N,), tl.float32)
    for start in range(0, N, BLOCK_N):
        cols = start + tl.arange(0, BLOCK_N)
        x = tl.load(x_row + cols, mask=cols < N, other=float("-inf")).to(tl.float32)
        m_new = tl.maximum(m, x)
        s = s * tl.exp(m - m_new) + tl.exp(x - m_new)
        s = tl.where(m_new == float("-inf"), 0.0, s)
        m = m_new
    row_max = tl.max(m, axis=0)
    denom = tl.sum(s * tl.exp(m - row_max), axis=0)
    for start in range(0, N, BLOCK_N):
        cols = start + tl.arange(0, BLOCK_N)
        x = tl.load(x_row + cols, mask=cols < N, other=float("-inf")).to(tl.float32)
        y = tl.exp(x - row_max) / denom
        tl.store(out_ptr + row * stride_row + cols, y.to(out_ptr.dtype.element_ty), mask=cols < N)
""",
    ["out"],
    lambda torch, t: {"out": torch.softmax(t["x"], dim=1)},
    8,
    looped=True,
)

CROSS_ENTROPY = Task(
    name="cross_entropy_row",
    family="softmax",
    source="""
@triton.jit
def cross_entropy_row_kernel(logits_ptr, target_ptr, loss_ptr, N, stride_row, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    x = tl.load(logits_ptr + row * stride_row + cols, mask=cols < N, other=float("-inf")).to(tl.float32)
    row_max = tl.max(x, axis=0)
    lse = row_max + tl.log(tl.sum(tl.exp(x - row_max), axis=0))
    target = tl.load(target_ptr + row)
    picked = tl.load(logits_ptr + row * stride_row + target).to(tl.float32)
    tl.store(loss_ptr + row, lse - picked)
""",
    kernel="cross_entropy_row_kernel",
    problems=ROW_PROBLEMS,
    tiny=ROW_TINY,
    dtypes=ALL_FLOAT,
    configs=ROW_WARPS,
    build=lambda p, d, c: Built(
        (
            Tensor("logits", (p["M"], p["N"]), d),
            Tensor("target", (p["M"],), "int64", f"randint:{p['N']}"),
            Tensor("loss", (p["M"],), "float32", "empty", True),
        ),
        (p["M"],),
        ("logits", "target", "loss", p["N"], p["N"]),
        {"BLOCK_N": next_pow2(p["N"])},
    ),
    reference=lambda torch, t, p: {
        "loss": torch.nn.functional.cross_entropy(t["logits"], t["target"], reduction="none")
    },
    flops=lambda p: 4 * p["M"] * p["N"],
    fits=_fits_row,
)

COL_SUM = Task(
    name="col_sum",
    family="reduction",
    source="""
@triton.jit
def col_sum_kernel(x_ptr, out_ptr, M, N, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    cols = tl.program_id(0) * BLOCK_N + tl.arange(0, BLOCK_N)
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for start in range(0, M, BLOCK_M):
        rows = start + tl.arange(0, BLOCK_M)
        mask = (rows[:, None] < M) & (cols[None, :] < N)
        acc += tl.load(x_ptr + rows[:, None] * N + cols[None, :], mask=mask, other=0.0).to(tl.float32)
    tl.store(out_ptr + cols, tl.sum(acc, axis=0).to(out_ptr.dtype.element_ty), mask=cols < N)
""",
    kernel="col_sum_kernel",
    problems=MN_PROBLEMS,
    tiny={"M": 33, "N": 70},
    dtypes=ALL_FLOAT,
    configs=configs(
        "BLOCK_M BLOCK_N num_warps num_stages",
        [
            (32, 32, 4, 2),
            (8, 256, 4, 2),
            (64, 64, 8, 3),
            (128, 16, 4, 2),
            (1, 1024, 4, 1),
            (16, 128, 2, 4),
        ],
    ),
    build=lambda p, d, c: Built(
        (Tensor("x", (p["M"], p["N"]), d), Tensor("out", (p["N"],), d, "empty", True)),
        (cdiv(p["N"], c["BLOCK_N"]),),
        ("x", "out", p["M"], p["N"]),
    ),
    reference=lambda torch, t, p: {"out": t["x"].sum(0)},
    flops=lambda p: p["M"] * p["N"],
)

SUM_ATOMIC = Task(
    name="sum_atomic",
    family="reduction",
    source="""
@triton.jit
def sum_atomic_kernel(x_ptr, out_ptr, n, BLOCK_SIZE: tl.constexpr):
    offs = tl.program_id(0) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    x = tl.load(x_ptr + offs, mask=offs < n, other=0.0).to(tl.float32)
    tl.atomic_add(out_ptr, tl.sum(x, axis=0))
""",
    kernel="sum_atomic_kernel",
    problems=EW_PROBLEMS,
    tiny={"N": 1000},
    dtypes=ALL_FLOAT,
    configs=EW_CONFIGS,
    build=lambda p, d, c: Built(
        (Tensor("x", (p["N"],), d), Tensor("out", (1,), "float32", "zeros", True)),
        (cdiv(p["N"], c["BLOCK_SIZE"]),),
        ("x", "out", p["N"]),
    ),
    reference=lambda torch, t, p: {"out": t["x"].sum().reshape(1)},
    flops=lambda p: p["N"],
)

# ---------------------------------------------------------------- norms


def _norm(name, source, ref, looped=False, bias=True, residual=False):
    def build(p, d, c):
        m, n = p["M"], p["N"]
        ts = [Tensor("x", (m, n), d)]
        if residual:
            ts.append(Tensor("residual", (m, n), d))
        ts.append(Tensor("weight", (n,), d))
        if bias:
            ts.append(Tensor("bias", (n,), d))
        ts.append(Tensor("out", (m, n), d, "empty", True))
        if residual:
            ts.append(Tensor("sum_out", (m, n), d, "empty", True))
        args = tuple(t.name for t in ts) + (n, n, 1e-5)
        meta = {} if looped else {"BLOCK_N": next_pow2(n)}
        return Built(tuple(ts), (m,), args, meta)

    return Task(
        name=name,
        family="norm",
        source=source,
        kernel=f"{name}_kernel",
        problems=ROW_PROBLEMS,
        tiny=ROW_TINY,
        dtypes=ALL_FLOAT,
        configs=LOOP_CONFIGS if looped else ROW_WARPS,
        build=build,
        reference=lambda torch, t, p: ref(torch, t),
        flops=lambda p: 8 * p["M"] * p["N"],
        fits=(lambda p, d, c: True) if looped else _fits_row,
    )


def _layernorm_ref(torch, t):
    x = t["x"]
    mu = x.mean(1, keepdim=True)
    var = ((x - mu) ** 2).mean(1, keepdim=True)
    return {"out": (x - mu) / torch.sqrt(var + 1e-5) * t["weight"] + t["bias"]}


def _rmsnorm(torch, x, w):
    return x / torch.sqrt((x * x).mean(1, keepdim=True) + 1e-5) * w


LAYERNORM = _norm(
    "layernorm_row",
    """
@triton.jit
def layernorm_row_kernel(x_ptr, w_ptr, b_ptr, out_ptr, N, stride_row, eps, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    x = tl.load(x_ptr + row * stride_row + cols, mask=mask, other=0.0).to(tl.float32)
    mean = tl.sum(x, axis=0) / N
    diff = tl.where(mask, x - mean, 0.0)
    var = tl.sum(diff * diff, axis=0) / N
    rstd = 1.0 / tl.sqrt(var + eps)
    w = tl.load(w_ptr + cols, mask=mask).to(tl.float32)
    b = tl.load(b_ptr + cols, mask=mask).to(tl.float32)
    y = diff * rstd * w + b
    tl.store(out_ptr + row * stride_row + cols, y.to(out_ptr.dtype.element_ty), mask=mask)
""",
    _layernorm_ref,
)

LAYERNORM_LOOP = _norm(
    "layernorm_loop",
    """
@triton.jit
def layernorm_loop_kernel(x_ptr, w_ptr, b_ptr, out_ptr, N, stride_row, eps, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    x_row = x_ptr + row * stride_row
    acc = tl.zeros((BLOCK_N,), dtype=tl.float32)
    for start in range(0, N, BLOCK_N):
        cols = start + tl.arange(0, BLOCK_N)
        acc += tl.load(x_row + cols, mask=cols < N, other=0.0).to(tl.float32)
    mean = tl.sum(acc, axis=0) / N
    acc = tl.zeros((BLOCK_N,), dtype=tl.float32)
    for start in range(0, N, BLOCK_N):
        cols = start + tl.arange(0, BLOCK_N)
        x = tl.load(x_row + cols, mask=cols < N, other=0.0).to(tl.float32)
        d = tl.where(cols < N, x - mean, 0.0)
        acc += d * d
    rstd = 1.0 / tl.sqrt(tl.sum(acc, axis=0) / N + eps)
    for start in range(0, N, BLOCK_N):
        cols = start + tl.arange(0, BLOCK_N)
        mask = cols < N
        x = tl.load(x_row + cols, mask=mask, other=0.0).to(tl.float32)
        w = tl.load(w_ptr + cols, mask=mask).to(tl.float32)
        b = tl.load(b_ptr + cols, mask=mask).to(tl.float32)
        y = (x - mean) * rstd * w + b
        tl.store(out_ptr + row * stride_row + cols, y.to(out_ptr.dtype.element_ty), mask=mask)
""",
    _layernorm_ref,
    looped=True,
)

RMSNORM = _norm(
    "rmsnorm_row",
    """
@triton.jit
def rmsnorm_row_kernel(x_ptr, w_ptr, out_ptr, N, stride_row, eps, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    x = tl.load(x_ptr + row * stride_row + cols, mask=mask, other=0.0).to(tl.float32)
    rstd = 1.0 / tl.sqrt(tl.sum(x * x, axis=0) / N + eps)
    w = tl.load(w_ptr + cols, mask=mask).to(tl.float32)
    tl.store(out_ptr + row * stride_row + cols, (x * rstd * w).to(out_ptr.dtype.element_ty), mask=mask)
""",
    lambda torch, t: {"out": _rmsnorm(torch, t["x"], t["weight"])},
    bias=False,
)

ADD_RMSNORM = _norm(
    "fused_add_rmsnorm",
    """
@triton.jit
def fused_add_rmsnorm_kernel(x_ptr, res_ptr, w_ptr, out_ptr, sum_ptr, N, stride_row, eps,
                             BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    offs = row * stride_row + cols
    h = tl.load(x_ptr + offs, mask=mask, other=0.0).to(tl.float32)
    h += tl.load(res_ptr + offs, mask=mask, other=0.0).to(tl.float32)
    tl.store(sum_ptr + offs, h.to(sum_ptr.dtype.element_ty), mask=mask)
    rstd = 1.0 / tl.sqrt(tl.sum(h * h, axis=0) / N + eps)
    w = tl.load(w_ptr + cols, mask=mask).to(tl.float32)
    tl.store(out_ptr + offs, (h * rstd * w).to(out_ptr.dtype.element_ty), mask=mask)
""",
    lambda torch, t: {
        "out": _rmsnorm(torch, t["x"] + t["residual"], t["weight"]),
        "sum_out": t["x"] + t["residual"],
    },
    bias=False,
    residual=True,
)

RMSNORM_ROWS = Task(
    name="rmsnorm_multirow",
    family="norm",
    source="""
@triton.jit
def rmsnorm_multirow_kernel(x_ptr, w_ptr, out_ptr, M, N, eps,
                            ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)
    cols = tl.arange(0, BLOCK_N)
    mask = (rows[:, None] < M) & (cols[None, :] < N)
    offs = rows[:, None] * N + cols[None, :]
    x = tl.load(x_ptr + offs, mask=mask, other=0.0).to(tl.float32)
    rstd = 1.0 / tl.sqrt(tl.sum(x * x, axis=1) / N + eps)
    w = tl.load(w_ptr + cols, mask=cols < N).to(tl.float32)
    y = x * rstd[:, None] * w[None, :]
    tl.store(out_ptr + offs, y.to(out_ptr.dtype.element_ty), mask=mask)
""",
    kernel="rmsnorm_multirow_kernel",
    problems=ROW_PROBLEMS,
    tiny=ROW_TINY,
    dtypes=ALL_FLOAT,
    configs=configs(
        "ROWS num_warps num_stages",
        [(1, 4, 1), (2, 4, 1), (4, 8, 1), (8, 8, 1), (16, 16, 1), (4, 2, 1)],
    ),
    build=lambda p, d, c: Built(
        (
            Tensor("x", (p["M"], p["N"]), d),
            Tensor("weight", (p["N"],), d),
            Tensor("out", (p["M"], p["N"]), d, "empty", True),
        ),
        (cdiv(p["M"], c["ROWS"]),),
        ("x", "weight", "out", p["M"], p["N"], 1e-5),
        {"BLOCK_N": next_pow2(p["N"])},
    ),
    reference=lambda torch, t, p: {"out": _rmsnorm(torch, t["x"], t["weight"])},
    flops=lambda p: 4 * p["M"] * p["N"],
    fits=lambda p, d, c: c["ROWS"] * next_pow2(p["N"]) <= 128 * 32 * c["num_warps"],
)

# ---------------------------------------------------------------- scans

SCAN_PROBLEMS = (
    {"M": 4096, "N": 128},
    {"M": 1024, "N": 1000},
    {"M": 8192, "N": 512},
    {"M": 512, "N": 4096},
    {"M": 65536, "N": 64},
    {"M": 2048, "N": 2048},
)
SCAN_TINY = {"M": 5, "N": 77}


def _scan(name, source, ref, inputs=("x",), flops_per_elem=1, init="randn"):
    def build(p, d, c):
        m, n = p["M"], p["N"]
        ts = [Tensor(i, (m, n), d, init if i == "a" else "randn") for i in inputs]
        ts.append(Tensor("out", (m, n), d, "empty", True))
        return Built(tuple(ts), (m,), tuple(inputs) + ("out", n), {"BLOCK_N": next_pow2(n)})

    return Task(
        name=name,
        family="scan",
        source=source,
        kernel=f"{name}_kernel",
        problems=SCAN_PROBLEMS,
        tiny=SCAN_TINY,
        dtypes=("float32", "float16", "bfloat16") if name != "linear_recurrence" else ("float32",),
        configs=ROW_WARPS,
        build=build,
        reference=lambda torch, t, p: ref(torch, t),
        flops=lambda p: flops_per_elem * p["M"] * p["N"],
        fits=_fits_row,
    )


CUMSUM = _scan(
    "cumsum_row",
    """
@triton.jit
def cumsum_row_kernel(x_ptr, out_ptr, N, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    x = tl.load(x_ptr + row * N + cols, mask=mask, other=0.0).to(tl.float32)
    y = tl.cumsum(x, axis=0)
    tl.store(out_ptr + row * N + cols, y.to(out_ptr.dtype.element_ty), mask=mask)
""",
    lambda torch, t: {"out": t["x"].cumsum(1)},
)

CUMMAX = _scan(
    "cummax_scan",
    """
@triton.jit
def _max_combine(a, b):
    return tl.maximum(a, b)


@triton.jit
def cummax_scan_kernel(x_ptr, out_ptr, N, BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    x = tl.load(x_ptr + row * N + cols, mask=mask, other=float("-inf")).to(tl.float32)
    y = tl.associative_scan(x, 0, _max_combine)
    tl.store(out_ptr + row * N + cols, y.to(out_ptr.dtype.element_ty), mask=mask)
""",
    lambda torch, t: {"out": t["x"].cummax(1).values},
)

LINEAR_RECURRENCE = _scan(
    "linear_recurrence",
    """
@triton.jit
def _affine_combine(a1, b1, a2, b2):
    # compose h -> a1 * h + b1, then h -> a2 * h + b2
    return a1 * a2, a2 * b1 + b2


@triton.jit
def linear_recurrence_kernel(a_ptr, x_ptr, out_ptr, N, BLOCK_N: tl.constexpr):
    # h[t] = a[t] * h[t - 1] + x[t], h[-1] = 0, one row per program
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    a = tl.load(a_ptr + row * N + cols, mask=mask, other=1.0).to(tl.float32)
    x = tl.load(x_ptr + row * N + cols, mask=mask, other=0.0).to(tl.float32)
    _, h = tl.associative_scan((a, x), 0, _affine_combine)
    tl.store(out_ptr + row * N + cols, h.to(out_ptr.dtype.element_ty), mask=mask)
""",
    lambda torch, t: {"out": _recurrence_ref(torch, t["a"], t["x"])},
    inputs=("a", "x"),
    flops_per_elem=3,
    init="uniform:0.9:1",
)


def _recurrence_ref(torch, a, x):
    # h_t = P_t * sum_{s<=t} x_s / P_s with P = cumprod(a); a in [0.9, 1) keeps P within float64
    p = torch.cumprod(a, dim=1)
    return p * torch.cumsum(x / p, dim=1)


TASKS = (
    ROW_SUM,
    ROW_SUM_LOOP,
    ROW_MAX,
    L2_NORMALIZE,
    COL_SUM,
    SUM_ATOMIC,
    SOFTMAX,
    LOG_SOFTMAX,
    SOFTMAX_ONLINE,
    CROSS_ENTROPY,
    LAYERNORM,
    LAYERNORM_LOOP,
    RMSNORM,
    ADD_RMSNORM,
    RMSNORM_ROWS,
    CUMSUM,
    CUMMAX,
    LINEAR_RECURRENCE,
)
