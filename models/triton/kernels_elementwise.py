"""Memory-bound Triton kernels of the corpus: element-wise (1-D, 2-D, rotary embedding) and
gather/scatter. Each Task's source is the text of one kernel, written for this project.

References receive float64 inputs (`t`) and return float64 expectations; see spec.Task.
"""

from __future__ import annotations

try:
    from .spec import Built, Task, Tensor, cdiv, configs, next_pow2
except ImportError:  # run as a top-level module by measure_gpu.py
    from spec import Built, Task, Tensor, cdiv, configs, next_pow2

ALL_FLOAT = ("float32", "float16", "bfloat16")

# ---------------------------------------------------------------- element-wise (1-D)

EW_PROBLEMS = (
    {"N": 65536},
    {"N": 1048576},
    {"N": 3000000},
    {"N": 16777216},
    {"N": 4096},
    {"N": 262144},
    {"N": 67108864},
)
EW_CONFIGS = configs(
    "BLOCK_SIZE num_warps num_stages",
    [(128, 4, 1), (512, 2, 1), (1024, 4, 1), (2048, 8, 1), (4096, 4, 1), (8192, 1, 1)],
)


def _ew(name, source, inputs, outputs, ref, flops_per_elem, scalars=(), out_dtype=None):
    def build(p, dtype, c):
        n = p["N"]
        ts = [Tensor(x, (n,), dtype) for x in inputs]
        ts += [Tensor(x, (n,), out_dtype or dtype, "empty", True) for x in outputs]
        args = tuple(inputs) + tuple(outputs) + tuple(scalars) + (n,)
        return Built(tuple(ts), (cdiv(n, c["BLOCK_SIZE"]),), args)

    return Task(
        name=name,
        family="elementwise",
        source=source,
        kernel=f"{name}_kernel",
        problems=EW_PROBLEMS,
        tiny={"N": 1000},
        dtypes=ALL_FLOAT,
        configs=EW_CONFIGS,
        build=build,
        reference=lambda torch, t, p: ref(torch, t),
        flops=lambda p: flops_per_elem * p["N"],
    )


ADD = _ew(
    "add",
    """
@triton.jit
def add_kernel(x_ptr, y_ptr, out_ptr, n_elements, BLOCK_SIZE: tl.constexpr):
    pid = tl.program_id(axis=0)
    offsets = pid * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    mask = offsets < n_elements
    x = tl.load(x_ptr + offsets, mask=mask)
    y = tl.load(y_ptr + offsets, mask=mask)
    tl.store(out_ptr + offsets, x + y, mask=mask)
""",
    ["x", "y"],
    ["out"],
    lambda torch, t: {"out": t["x"] + t["y"]},
    1,
)

AXPBY = _ew(
    "axpby",
    """
@triton.jit
def axpby_kernel(x_ptr, y_ptr, out_ptr, alpha, beta, n, BLOCK_SIZE: tl.constexpr):
    offs = tl.program_id(0) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    m = offs < n
    x = tl.load(x_ptr + offs, mask=m).to(tl.float32)
    y = tl.load(y_ptr + offs, mask=m).to(tl.float32)
    out = alpha * x + beta * y
    tl.store(out_ptr + offs, out.to(out_ptr.dtype.element_ty), mask=m)
""",
    ["x", "y"],
    ["out"],
    lambda torch, t: {"out": 0.75 * t["x"] - 1.5 * t["y"]},
    3,
    scalars=(0.75, -1.5),
)

GELU = _ew(
    "gelu_tanh",
    """
@triton.jit
def gelu_tanh_kernel(x_ptr, out_ptr, n, BLOCK_SIZE: tl.constexpr):
    offs = tl.program_id(0) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    m = offs < n
    x = tl.load(x_ptr + offs, mask=m).to(tl.float32)
    inner = 0.7978845608028654 * (x + 0.044715 * x * x * x)
    tanh = 2.0 * tl.sigmoid(2.0 * inner) - 1.0
    y = 0.5 * x * (1.0 + tanh)
    tl.store(out_ptr + offs, y.to(out_ptr.dtype.element_ty), mask=m)
""",
    ["x"],
    ["out"],
    lambda torch, t: {"out": torch.nn.functional.gelu(t["x"], approximate="tanh")},
    12,
)

SILU_MUL = _ew(
    "silu_mul",
    """
@triton.jit
def silu_mul_kernel(gate_ptr, up_ptr, out_ptr, n, BLOCK_SIZE: tl.constexpr):
    offs = tl.program_id(0) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    m = offs < n
    g = tl.load(gate_ptr + offs, mask=m).to(tl.float32)
    u = tl.load(up_ptr + offs, mask=m).to(tl.float32)
    y = g * tl.sigmoid(g) * u
    tl.store(out_ptr + offs, y.to(out_ptr.dtype.element_ty), mask=m)
""",
    ["gate", "up"],
    ["out"],
    lambda torch, t: {"out": torch.nn.functional.silu(t["gate"]) * t["up"]},
    6,
)

SOFTPLUS = _ew(
    "softplus",
    """
@triton.jit
def softplus_kernel(x_ptr, out_ptr, n, BLOCK_SIZE: tl.constexpr):
    offs = tl.program_id(0) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    m = offs < n
    x = tl.load(x_ptr + offs, mask=m).to(tl.float32)
    y = tl.maximum(x, 0.0) + tl.log(1.0 + tl.exp(-tl.abs(x)))
    tl.store(out_ptr + offs, y.to(out_ptr.dtype.element_ty), mask=m)
""",
    ["x"],
    ["out"],
    lambda torch, t: {"out": torch.nn.functional.softplus(t["x"])},
    6,
)

SQUARE_F32 = _ew(
    "square_to_f32",
    """
@triton.jit
def square_to_f32_kernel(x_ptr, out_ptr, n, BLOCK_SIZE: tl.constexpr):
    offs = tl.program_id(0) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    m = offs < n
    x = tl.load(x_ptr + offs, mask=m).to(tl.float32)
    tl.store(out_ptr + offs, x * x, mask=m)
""",
    ["x"],
    ["out"],
    lambda torch, t: {"out": t["x"] * t["x"]},
    1,
    out_dtype="float32",
)


def _persistent_build(p, dtype, c):
    n = p["N"]
    tiles = cdiv(n, c["BLOCK_SIZE"])
    ts = (
        Tensor("x", (n,), dtype),
        Tensor("y", (n,), dtype),
        Tensor("out", (n,), dtype, "empty", True),
    )
    return Built(ts, (min(tiles, c["PROGRAMS"]),), ("x", "y", "out", n))


ADD_PERSISTENT = Task(
    name="add_persistent",
    family="elementwise",
    source="""
@triton.jit
def add_persistent_kernel(x_ptr, y_ptr, out_ptr, n, BLOCK_SIZE: tl.constexpr):
    pid = tl.program_id(0)
    num_programs = tl.num_programs(0)
    num_tiles = tl.cdiv(n, BLOCK_SIZE)
    for tile in range(pid, num_tiles, num_programs):
        offs = tile * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
        m = offs < n
        x = tl.load(x_ptr + offs, mask=m)
        y = tl.load(y_ptr + offs, mask=m)
        tl.store(out_ptr + offs, x + y, mask=m)
""",
    kernel="add_persistent_kernel",
    problems=EW_PROBLEMS,
    tiny={"N": 1000},
    dtypes=ALL_FLOAT,
    configs=configs(
        "BLOCK_SIZE PROGRAMS num_warps num_stages",
        [
            (1024, 132, 4, 1),
            (1024, 1056, 4, 1),
            (4096, 264, 8, 1),
            (256, 132, 2, 1),
            (2048, 16, 4, 1),
            (512, 4224, 4, 1),
        ],
    ),
    build=_persistent_build,
    reference=lambda torch, t, p: {"out": t["x"] + t["y"]},
    flops=lambda p: p["N"],
    host_keys=("PROGRAMS",),
)

# ---------------------------------------------------------------- 2-D element-wise

MN_PROBLEMS = (
    {"M": 1024, "N": 1024},
    {"M": 4096, "N": 4096},
    {"M": 8192, "N": 1000},
    {"M": 512, "N": 12288},
    {"M": 256, "N": 256},
    {"M": 16384, "N": 4096},
)
TILE_CONFIGS = configs(
    "BLOCK_M BLOCK_N num_warps num_stages",
    [
        (32, 32, 4, 1),
        (64, 64, 4, 1),
        (16, 256, 4, 1),
        (128, 128, 8, 1),
        (1, 1024, 4, 1),
        (256, 16, 2, 1),
    ],
)


def _tile_grid(p, c):
    return (cdiv(p["M"], c["BLOCK_M"]), cdiv(p["N"], c["BLOCK_N"]))


BIAS_ADD = Task(
    name="bias_add_2d",
    family="elementwise",
    source="""
@triton.jit
def bias_add_2d_kernel(x_ptr, b_ptr, out_ptr, M, N, stride_m,
                       BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    rm = tl.program_id(0) * BLOCK_M + tl.arange(0, BLOCK_M)
    rn = tl.program_id(1) * BLOCK_N + tl.arange(0, BLOCK_N)
    mask = (rm[:, None] < M) & (rn[None, :] < N)
    ptrs = rm[:, None] * stride_m + rn[None, :]
    x = tl.load(x_ptr + ptrs, mask=mask)
    b = tl.load(b_ptr + rn, mask=rn < N)
    tl.store(out_ptr + ptrs, x + b[None, :], mask=mask)
""",
    kernel="bias_add_2d_kernel",
    problems=MN_PROBLEMS,
    tiny={"M": 33, "N": 70},
    dtypes=ALL_FLOAT,
    configs=TILE_CONFIGS,
    build=lambda p, d, c: Built(
        (
            Tensor("x", (p["M"], p["N"]), d),
            Tensor("b", (p["N"],), d),
            Tensor("out", (p["M"], p["N"]), d, "empty", True),
        ),
        _tile_grid(p, c),
        ("x", "b", "out", p["M"], p["N"], p["N"]),
    ),
    reference=lambda torch, t, p: {"out": t["x"] + t["b"][None, :]},
    flops=lambda p: p["M"] * p["N"],
)

TRANSPOSE = Task(
    name="transpose_2d",
    family="elementwise",
    source="""
@triton.jit
def transpose_2d_kernel(x_ptr, out_ptr, M, N, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    rm = tl.program_id(0) * BLOCK_M + tl.arange(0, BLOCK_M)
    rn = tl.program_id(1) * BLOCK_N + tl.arange(0, BLOCK_N)
    mask = (rm[:, None] < M) & (rn[None, :] < N)
    tile = tl.load(x_ptr + rm[:, None] * N + rn[None, :], mask=mask)
    tl.store(out_ptr + rn[None, :] * M + rm[:, None], tile, mask=mask)
""",
    kernel="transpose_2d_kernel",
    problems=MN_PROBLEMS,
    tiny={"M": 33, "N": 70},
    dtypes=ALL_FLOAT,
    configs=TILE_CONFIGS,
    build=lambda p, d, c: Built(
        (Tensor("x", (p["M"], p["N"]), d), Tensor("out", (p["N"], p["M"]), d, "empty", True)),
        _tile_grid(p, c),
        ("x", "out", p["M"], p["N"]),
    ),
    reference=lambda torch, t, p: {"out": t["x"].t()},
    flops=lambda p: 0,
)

ROPE = Task(
    name="rope",
    family="elementwise",
    source="""
@triton.jit
def rope_kernel(x_ptr, cos_ptr, sin_ptr, out_ptr, seq_len, n_heads,
                HALF: tl.constexpr, BLOCK_H: tl.constexpr):
    # x: (tokens, n_heads, 2 * HALF); cos/sin: (seq_len, HALF); one program per token
    tok = tl.program_id(0)
    pos = tok % seq_len
    h = tl.program_id(1) * BLOCK_H + tl.arange(0, BLOCK_H)
    d = tl.arange(0, HALF)
    mask = h[:, None] < n_heads
    base = tok * n_heads * 2 * HALF + h[:, None] * 2 * HALF + d[None, :]
    x1 = tl.load(x_ptr + base, mask=mask).to(tl.float32)
    x2 = tl.load(x_ptr + base + HALF, mask=mask).to(tl.float32)
    c = tl.load(cos_ptr + pos * HALF + d).to(tl.float32)[None, :]
    s = tl.load(sin_ptr + pos * HALF + d).to(tl.float32)[None, :]
    tl.store(out_ptr + base, (x1 * c - x2 * s).to(out_ptr.dtype.element_ty), mask=mask)
    tl.store(out_ptr + base + HALF, (x2 * c + x1 * s).to(out_ptr.dtype.element_ty), mask=mask)
""",
    kernel="rope_kernel",
    problems=(
        {"T": 4096, "S": 1024, "H": 32, "D": 128},
        {"T": 16384, "S": 2048, "H": 8, "D": 64},
        {"T": 2048, "S": 2048, "H": 16, "D": 128},
        {"T": 32768, "S": 4096, "H": 32, "D": 64},
    ),
    tiny={"T": 6, "S": 3, "H": 3, "D": 16},
    dtypes=ALL_FLOAT,
    configs=configs(
        "BLOCK_H num_warps num_stages",
        [(1, 1, 1), (4, 2, 1), (8, 4, 1), (32, 4, 1), (32, 8, 1), (2, 8, 1)],
    ),
    build=lambda p, d, c: Built(
        (
            Tensor("x", (p["T"], p["H"], p["D"]), d),
            Tensor("cos", (p["S"], p["D"] // 2), d, "uniform:-1:1"),
            Tensor("sin", (p["S"], p["D"] // 2), d, "uniform:-1:1"),
            Tensor("out", (p["T"], p["H"], p["D"]), d, "empty", True),
        ),
        (p["T"], cdiv(p["H"], c["BLOCK_H"])),
        ("x", "cos", "sin", "out", p["S"], p["H"]),
        {"HALF": p["D"] // 2},
    ),
    reference=lambda torch, t, p: {"out": _rope_ref(torch, t, p)},
    flops=lambda p: 3 * p["T"] * p["H"] * p["D"],
)


def _rope_ref(torch, t, p):
    half = p["D"] // 2
    pos = torch.arange(p["T"], device=t["x"].device) % p["S"]
    c = t["cos"][pos][:, None, :]
    s = t["sin"][pos][:, None, :]
    x1, x2 = t["x"][..., :half], t["x"][..., half:]
    return torch.cat([x1 * c - x2 * s, x2 * c + x1 * s], dim=-1)


# ---------------------------------------------------------------- gather / scatter

EMB_PROBLEMS = (
    {"V": 32000, "D": 1024, "T": 4096},
    {"V": 50000, "D": 768, "T": 16384},
    {"V": 8192, "D": 4096, "T": 2048},
    {"V": 128000, "D": 256, "T": 65536},
    {"V": 32000, "D": 4096, "T": 8192},
)

EMBEDDING = Task(
    name="embedding_gather",
    family="gather",
    source="""
@triton.jit
def embedding_gather_kernel(idx_ptr, table_ptr, out_ptr, T, D,
                            BLOCK_T: tl.constexpr, BLOCK_D: tl.constexpr):
    toks = tl.program_id(0) * BLOCK_T + tl.arange(0, BLOCK_T)
    dims = tl.program_id(1) * BLOCK_D + tl.arange(0, BLOCK_D)
    tmask = toks < T
    rows = tl.load(idx_ptr + toks, mask=tmask, other=0)
    mask = tmask[:, None] & (dims[None, :] < D)
    vals = tl.load(table_ptr + rows[:, None] * D + dims[None, :], mask=mask)
    tl.store(out_ptr + toks[:, None] * D + dims[None, :], vals, mask=mask)
""",
    kernel="embedding_gather_kernel",
    problems=EMB_PROBLEMS,
    tiny={"V": 50, "D": 40, "T": 19},
    dtypes=ALL_FLOAT,
    configs=configs(
        "BLOCK_T BLOCK_D num_warps num_stages",
        [
            (1, 256, 2, 1),
            (1, 1024, 4, 1),
            (4, 256, 4, 1),
            (16, 128, 4, 1),
            (32, 64, 8, 1),
            (64, 32, 4, 1),
        ],
    ),
    build=lambda p, d, c: Built(
        (
            Tensor("idx", (p["T"],), "int32", f"randint:{p['V']}"),
            Tensor("table", (p["V"], p["D"]), d),
            Tensor("out", (p["T"], p["D"]), d, "empty", True),
        ),
        (cdiv(p["T"], c["BLOCK_T"]), cdiv(p["D"], c["BLOCK_D"])),
        ("idx", "table", "out", p["T"], p["D"]),
    ),
    reference=lambda torch, t, p: {"out": t["table"][t["idx"]]},
    flops=lambda p: 0,
)

GATHER_1D = Task(
    name="gather_1d",
    family="gather",
    source="""
@triton.jit
def gather_1d_kernel(src_ptr, idx_ptr, out_ptr, n, BLOCK_SIZE: tl.constexpr):
    offs = tl.program_id(0) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    m = offs < n
    idx = tl.load(idx_ptr + offs, mask=m, other=0)
    tl.store(out_ptr + offs, tl.load(src_ptr + idx, mask=m), mask=m)
""",
    kernel="gather_1d_kernel",
    problems=EW_PROBLEMS,
    tiny={"N": 1000},
    dtypes=ALL_FLOAT,
    configs=EW_CONFIGS,
    build=lambda p, d, c: Built(
        (
            Tensor("src", (p["N"],), d),
            Tensor("idx", (p["N"],), "int64", f"randint:{p['N']}"),
            Tensor("out", (p["N"],), d, "empty", True),
        ),
        (cdiv(p["N"], c["BLOCK_SIZE"]),),
        ("src", "idx", "out", p["N"]),
    ),
    reference=lambda torch, t, p: {"out": t["src"][t["idx"]]},
    flops=lambda p: 0,
)

SCATTER_ADD = Task(
    name="scatter_add_rows",
    family="scatter",
    source="""
@triton.jit
def scatter_add_rows_kernel(src_ptr, idx_ptr, out_ptr, D, BLOCK_D: tl.constexpr):
    # out[idx[i], :] += src[i, :]; rows that collide are summed with atomics
    i = tl.program_id(0)
    dims = tl.program_id(1) * BLOCK_D + tl.arange(0, BLOCK_D)
    dst = tl.load(idx_ptr + i)
    vals = tl.load(src_ptr + i * D + dims, mask=dims < D, other=0.0).to(tl.float32)
    tl.atomic_add(out_ptr + dst * D + dims, vals, mask=dims < D)
""",
    kernel="scatter_add_rows_kernel",
    problems=(
        {"R": 1024, "D": 1024, "T": 8192},
        {"R": 64, "D": 512, "T": 16384},
        {"R": 32000, "D": 256, "T": 32768},
        {"R": 4096, "D": 4096, "T": 2048},
    ),
    tiny={"R": 7, "D": 40, "T": 19},
    dtypes=ALL_FLOAT,
    configs=configs(
        "BLOCK_D num_warps num_stages",
        [(32, 1, 1), (128, 1, 1), (256, 2, 1), (512, 4, 1), (1024, 4, 1), (4096, 8, 1)],
    ),
    build=lambda p, d, c: Built(
        (
            Tensor("src", (p["T"], p["D"]), d),
            Tensor("idx", (p["T"],), "int64", f"randint:{p['R']}"),
            Tensor("out", (p["R"], p["D"]), "float32", "zeros", True),
        ),
        (p["T"], cdiv(p["D"], c["BLOCK_D"])),
        ("src", "idx", "out", p["D"]),
    ),
    reference=lambda torch, t, p: {
        "out": torch.zeros(p["R"], p["D"], dtype=t["src"].dtype, device=t["src"].device).index_add_(
            0, t["idx"], t["src"]
        )
    },
    flops=lambda p: p["T"] * p["D"],
    fits=lambda p, d, c: c["BLOCK_D"] <= 2 * next_pow2(p["D"]),
)

HISTOGRAM = Task(
    name="histogram_atomic",
    family="scatter",
    source="""
@triton.jit
def histogram_atomic_kernel(x_ptr, counts_ptr, n, BLOCK_SIZE: tl.constexpr):
    offs = tl.program_id(0) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    m = offs < n
    bins = tl.load(x_ptr + offs, mask=m, other=0)
    tl.atomic_add(counts_ptr + bins, tl.full((BLOCK_SIZE,), 1, tl.int32), mask=m)
""",
    kernel="histogram_atomic_kernel",
    problems=(
        {"N": 65536, "B": 256},
        {"N": 1048576, "B": 4096},
        {"N": 3000000, "B": 64},
        {"N": 16777216, "B": 100000},
    ),
    tiny={"N": 1000, "B": 13},
    dtypes=("int32",),
    configs=EW_CONFIGS,
    build=lambda p, d, c: Built(
        (
            Tensor("x", (p["N"],), "int32", f"randint:{p['B']}"),
            Tensor("counts", (p["B"],), "int32", "zeros", True),
        ),
        (cdiv(p["N"], c["BLOCK_SIZE"]),),
        ("x", "counts", p["N"]),
    ),
    reference=lambda torch, t, p: {"counts": torch.bincount(t["x"], minlength=p["B"]).double()},
    flops=lambda p: 0,
)
TASKS = (
    ADD,
    AXPBY,
    GELU,
    SILU_MUL,
    SOFTPLUS,
    SQUARE_F32,
    ADD_PERSISTENT,
    BIAS_ADD,
    TRANSPOSE,
    ROPE,
    EMBEDDING,
    GATHER_1D,
    SCATTER_ADD,
    HISTOGRAM,
)
