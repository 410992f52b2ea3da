"""Compute-bound Triton kernels of the corpus: matmul variants, batched matmul, fused
epilogues and attention. Sources written for this project; references get float64 inputs.
"""

from __future__ import annotations

try:
    from .spec import Built, Task, Tensor, cdiv, configs
except ImportError:  # run as a top-level module by measure_gpu.py
    from spec import Built, Task, Tensor, cdiv, configs

ALL_FLOAT = ("float32", "float16", "bfloat16")

MM_PROBLEMS = (
    {"M": 512, "N": 512, "K": 512},
    {"M": 1024, "N": 1024, "K": 1024},
    {"M": 2048, "N": 2048, "K": 2048},
    {"M": 4096, "N": 4096, "K": 2048},
    {"M": 8192, "N": 1024, "K": 512},
    {"M": 256, "N": 256, "K": 256},
    {"M": 4096, "N": 4096, "K": 4096},
    {"M": 64, "N": 8192, "K": 4096},
)
MM_TINY = {"M": 40, "N": 24, "K": 48}
MM_CONFIGS = configs(
    "BLOCK_M BLOCK_N BLOCK_K num_warps num_stages",
    [
        (128, 128, 64, 8, 3),
        (128, 64, 32, 4, 4),
        (64, 64, 32, 4, 3),
        (64, 128, 64, 4, 4),
        (32, 32, 32, 2, 2),
        (16, 16, 16, 1, 1),
        (128, 256, 64, 8, 3),
    ],
)

GROUPED_CONFIGS = tuple(
    dict(c, GROUP_M=g) for c, g in zip(MM_CONFIGS, (8, 4, 8, 1, 8, 8, 4), strict=True)
)


def _smem_bytes(c: dict, elem: int, extra_n: int = 1) -> int:
    stages = max(1, c["num_stages"] - 1)
    return stages * (c["BLOCK_M"] * c["BLOCK_K"] + extra_n * c["BLOCK_K"] * c["BLOCK_N"]) * elem


def _fits_mm(p, d, c):
    # shared memory of the software pipeline must fit in 227 KiB; registers in 64K per SM
    elem = 4 if d == "float32" else 2
    acc_regs = c["BLOCK_M"] * c["BLOCK_N"] // (32 * c["num_warps"])
    return _smem_bytes(c, elem) <= 220 * 1024 and acc_regs <= 256


def _mm_tensors(p, d, out="c", extra=()):
    ts = [Tensor("a", (p["M"], p["K"]), d), Tensor("b", (p["K"], p["N"]), d)]
    ts += list(extra)
    ts.append(Tensor(out, (p["M"], p["N"]), d, "empty", True))
    return tuple(ts)


def _mm_strides(p):
    return (p["K"], 1, p["N"], 1, p["N"], 1)


MATMUL_LOOP = """
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_ptrs = a_ptr + offs_m[:, None] * stride_am + offs_k[None, :] * stride_ak
    b_ptrs = b_ptr + offs_k[:, None] * stride_bk + offs_n[None, :] * stride_bn
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k in range(0, tl.cdiv(K, BLOCK_K)):
        k_left = K - k * BLOCK_K
        a = tl.load(a_ptrs, mask=(offs_m[:, None] < M) & (offs_k[None, :] < k_left), other=0.0)
        b = tl.load(b_ptrs, mask=(offs_k[:, None] < k_left) & (offs_n[None, :] < N), other=0.0)
        acc = tl.dot(a, b, acc)
        a_ptrs += BLOCK_K * stride_ak
        b_ptrs += BLOCK_K * stride_bk
    c_mask = (offs_m[:, None] < M) & (offs_n[None, :] < N)
    c_offs = offs_m[:, None] * stride_cm + offs_n[None, :] * stride_cn"""


def _matmul_task(name, head, epilogue, extra_tensors, ref, flops_extra=0, grouped=True):
    source = head + MATMUL_LOOP + epilogue

    def build(p, d, c):
        tiles_m, tiles_n = cdiv(p["M"], c["BLOCK_M"]), cdiv(p["N"], c["BLOCK_N"])
        grid = (tiles_m * tiles_n,) if grouped else (tiles_m, tiles_n)
        ts = _mm_tensors(p, d, extra=extra_tensors(p, d))
        names = tuple(t.name for t in ts)
        return Built(ts, grid, names + (p["M"], p["N"], p["K"]) + _mm_strides(p))

    return Task(
        name=name,
        family="matmul",
        source=source,
        kernel=f"{name}_kernel",
        problems=MM_PROBLEMS,
        tiny=MM_TINY,
        dtypes=ALL_FLOAT,
        configs=GROUPED_CONFIGS if grouped else MM_CONFIGS,
        build=build,
        reference=lambda torch, t, p: ref(torch, t),
        flops=lambda p: 2 * p["M"] * p["N"] * p["K"] + flops_extra * p["M"] * p["N"],
        uses_dot=True,
        fits=_fits_mm,
    )


MM_ARGS = """M, N, K,
        stride_am, stride_ak, stride_bk, stride_bn, stride_cm, stride_cn"""

MATMUL_2D = _matmul_task(
    "matmul_2d",
    f"""
@triton.jit
def matmul_2d_kernel(a_ptr, b_ptr, c_ptr, {MM_ARGS},
        BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr):
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)""",
    """
    tl.store(c_ptr + c_offs, acc.to(c_ptr.dtype.element_ty), mask=c_mask)
""",
    lambda p, d: (),
    lambda torch, t: {"c": t["a"] @ t["b"]},
    grouped=False,
)

GROUPED_HEAD = """
    pid = tl.program_id(0)
    num_pid_m = tl.cdiv(M, BLOCK_M)
    num_pid_n = tl.cdiv(N, BLOCK_N)
    pids_in_group = GROUP_M * num_pid_n
    first_m = (pid // pids_in_group) * GROUP_M
    group_rows = min(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % pids_in_group) % group_rows
    pid_n = (pid % pids_in_group) // group_rows"""


MATMUL_GROUPED = _matmul_task(
    "matmul_grouped",
    f"""
@triton.jit
def matmul_grouped_kernel(a_ptr, b_ptr, c_ptr, {MM_ARGS},
        BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
        GROUP_M: tl.constexpr):"""
    + GROUPED_HEAD,
    """
    tl.store(c_ptr + c_offs, acc.to(c_ptr.dtype.element_ty), mask=c_mask)
""",
    lambda p, d: (),
    lambda torch, t: {"c": t["a"] @ t["b"]},
)

MATMUL_BIAS_RELU = _matmul_task(
    "matmul_bias_relu",
    f"""
@triton.jit
def matmul_bias_relu_kernel(a_ptr, b_ptr, bias_ptr, c_ptr, {MM_ARGS},
        BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
        GROUP_M: tl.constexpr):"""
    + GROUPED_HEAD,
    """
    bias = tl.load(bias_ptr + offs_n, mask=offs_n < N, other=0.0).to(tl.float32)
    out = tl.maximum(acc + bias[None, :], 0.0)
    tl.store(c_ptr + c_offs, out.to(c_ptr.dtype.element_ty), mask=c_mask)
""",
    lambda p, d: (Tensor("bias", (p["N"],), d),),
    lambda torch, t: {"c": torch.relu(t["a"] @ t["b"] + t["bias"])},
    flops_extra=2,
)

MATMUL_GELU_RESIDUAL = _matmul_task(
    "matmul_gelu_residual",
    f"""
@triton.jit
def matmul_gelu_residual_kernel(a_ptr, b_ptr, res_ptr, c_ptr, {MM_ARGS},
        BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
        GROUP_M: tl.constexpr):"""
    + GROUPED_HEAD,
    """
    inner = 0.7978845608028654 * (acc + 0.044715 * acc * acc * acc)
    act = 0.5 * acc * (1.0 + (2.0 * tl.sigmoid(2.0 * inner) - 1.0))
    res = tl.load(res_ptr + c_offs, mask=c_mask, other=0.0).to(tl.float32)
    tl.store(c_ptr + c_offs, (act + res).to(c_ptr.dtype.element_ty), mask=c_mask)
""",
    lambda p, d: (Tensor("residual", (p["M"], p["N"]), d),),
    lambda torch, t: {
        "c": torch.nn.functional.gelu(t["a"] @ t["b"], approximate="tanh") + t["residual"]
    },
    flops_extra=14,
)

SPLITK_CONFIGS = configs(
    "BLOCK_M BLOCK_N BLOCK_K SPLIT_K num_warps num_stages",
    [
        (64, 64, 32, 4, 4, 3),
        (128, 128, 64, 2, 8, 3),
        (64, 64, 64, 16, 4, 2),
        (32, 32, 32, 8, 2, 2),
        (128, 64, 32, 1, 4, 4),
        (64, 128, 32, 32, 4, 3),
    ],
)

MATMUL_SPLITK = Task(
    name="matmul_splitk",
    family="matmul",
    source=f"""
@triton.jit
def matmul_splitk_kernel(a_ptr, b_ptr, c_ptr, {MM_ARGS},
        BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
        SPLIT_K: tl.constexpr):
    # each program sums one K slice of one C tile; fp32 partial tiles meet in C by atomics
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    pid_k = tl.program_id(2)
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = pid_k * BLOCK_K + tl.arange(0, BLOCK_K)
    a_ptrs = a_ptr + offs_m[:, None] * stride_am + offs_k[None, :] * stride_ak
    b_ptrs = b_ptr + offs_k[:, None] * stride_bk + offs_n[None, :] * stride_bn
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k in range(0, tl.cdiv(K, BLOCK_K * SPLIT_K)):
        k_left = K - k * BLOCK_K * SPLIT_K
        a = tl.load(a_ptrs, mask=(offs_m[:, None] < M) & (offs_k[None, :] < k_left), other=0.0)
        b = tl.load(b_ptrs, mask=(offs_k[:, None] < k_left) & (offs_n[None, :] < N), other=0.0)
        acc = tl.dot(a, b, acc)
        a_ptrs += BLOCK_K * SPLIT_K * stride_ak
        b_ptrs += BLOCK_K * SPLIT_K * stride_bk
    c_mask = (offs_m[:, None] < M) & (offs_n[None, :] < N)
    tl.atomic_add(c_ptr + offs_m[:, None] * stride_cm + offs_n[None, :] * stride_cn, acc, mask=c_mask)
""",
    kernel="matmul_splitk_kernel",
    problems=(
        {"M": 256, "N": 256, "K": 8192},
        {"M": 512, "N": 512, "K": 16384},
        {"M": 1024, "N": 1024, "K": 4096},
        {"M": 128, "N": 4096, "K": 4096},
        {"M": 2048, "N": 2048, "K": 1024},
    ),
    tiny={"M": 40, "N": 24, "K": 100},
    dtypes=ALL_FLOAT,
    configs=SPLITK_CONFIGS,
    build=lambda p, d, c: Built(
        (
            Tensor("a", (p["M"], p["K"]), d),
            Tensor("b", (p["K"], p["N"]), d),
            Tensor("c", (p["M"], p["N"]), "float32", "zeros", True),
        ),
        (cdiv(p["M"], c["BLOCK_M"]), cdiv(p["N"], c["BLOCK_N"]), c["SPLIT_K"]),
        ("a", "b", "c", p["M"], p["N"], p["K"]) + _mm_strides(p),
    ),
    reference=lambda torch, t, p: {"c": t["a"] @ t["b"]},
    flops=lambda p: 2 * p["M"] * p["N"] * p["K"],
    uses_dot=True,
    fits=_fits_mm,
)

BMM_PROBLEMS = (
    {"B": 32, "M": 128, "N": 128, "K": 128},
    {"B": 16, "M": 512, "N": 512, "K": 64},
    {"B": 8, "M": 1024, "N": 1024, "K": 1024},
    {"B": 64, "M": 256, "N": 64, "K": 256},
    {"B": 4, "M": 2048, "N": 2048, "K": 512},
    {"B": 128, "M": 64, "N": 64, "K": 64},
)

BMM = Task(
    name="bmm",
    family="matmul",
    source="""
@triton.jit
def bmm_kernel(a_ptr, b_ptr, c_ptr, M, N, K,
               BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr):
    # a: (B, M, K), b: (B, K, N), c: (B, M, N), all contiguous; grid = (tiles of C, B)
    pid = tl.program_id(0)
    batch = tl.program_id(1)
    num_pid_n = tl.cdiv(N, BLOCK_N)
    pid_m = pid // num_pid_n
    pid_n = pid % num_pid_n
    a_ptr += batch * M * K
    b_ptr += batch * K * N
    c_ptr += batch * M * N
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, K, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_ptr + offs_m[:, None] * K + kk[None, :],
                    mask=(offs_m[:, None] < M) & (kk[None, :] < K), other=0.0)
        b = tl.load(b_ptr + kk[:, None] * N + offs_n[None, :],
                    mask=(kk[:, None] < K) & (offs_n[None, :] < N), other=0.0)
        acc = tl.dot(a, b, acc)
    mask = (offs_m[:, None] < M) & (offs_n[None, :] < N)
    tl.store(c_ptr + offs_m[:, None] * N + offs_n[None, :], acc.to(c_ptr.dtype.element_ty), mask=mask)
""",
    kernel="bmm_kernel",
    problems=BMM_PROBLEMS,
    tiny={"B": 3, "M": 40, "N": 24, "K": 48},
    dtypes=ALL_FLOAT,
    configs=MM_CONFIGS[:6],
    build=lambda p, d, c: Built(
        (
            Tensor("a", (p["B"], p["M"], p["K"]), d),
            Tensor("b", (p["B"], p["K"], p["N"]), d),
            Tensor("c", (p["B"], p["M"], p["N"]), d, "empty", True),
        ),
        (cdiv(p["M"], c["BLOCK_M"]) * cdiv(p["N"], c["BLOCK_N"]), p["B"]),
        ("a", "b", "c", p["M"], p["N"], p["K"]),
    ),
    reference=lambda torch, t, p: {"c": torch.bmm(t["a"], t["b"])},
    flops=lambda p: 2 * p["B"] * p["M"] * p["N"] * p["K"],
    uses_dot=True,
    fits=_fits_mm,
)

MATVEC = Task(
    name="matvec",
    family="matmul",
    source="""
@triton.jit
def matvec_kernel(w_ptr, x_ptr, y_ptr, M, K, BLOCK_M: tl.constexpr, BLOCK_K: tl.constexpr):
    # y = W @ x for a row-major W (M, K): each program owns BLOCK_M rows
    rows = tl.program_id(0) * BLOCK_M + tl.arange(0, BLOCK_M)
    acc = tl.zeros((BLOCK_M, BLOCK_K), dtype=tl.float32)
    for k0 in range(0, K, BLOCK_K):
        cols = k0 + tl.arange(0, BLOCK_K)
        w = tl.load(w_ptr + rows[:, None] * K + cols[None, :],
                    mask=(rows[:, None] < M) & (cols[None, :] < K), other=0.0)
        x = tl.load(x_ptr + cols, mask=cols < K, other=0.0)
        acc += w.to(tl.float32) * x.to(tl.float32)[None, :]
    tl.store(y_ptr + rows, tl.sum(acc, axis=1).to(y_ptr.dtype.element_ty), mask=rows < M)
""",
    kernel="matvec_kernel",
    problems=(
        {"M": 4096, "K": 4096},
        {"M": 14336, "K": 4096},
        {"M": 1024, "K": 8192},
        {"M": 32000, "K": 2048},
        {"M": 65536, "K": 4096},
    ),
    tiny={"M": 37, "K": 50},
    dtypes=ALL_FLOAT,
    configs=configs(
        "BLOCK_M BLOCK_K num_warps num_stages",
        [
            (1, 1024, 4, 2),
            (4, 256, 4, 3),
            (16, 128, 4, 2),
            (64, 64, 8, 3),
            (128, 32, 4, 1),
            (8, 512, 8, 4),
        ],
    ),
    build=lambda p, d, c: Built(
        (
            Tensor("w", (p["M"], p["K"]), d),
            Tensor("x", (p["K"],), d),
            Tensor("y", (p["M"],), d, "empty", True),
        ),
        (cdiv(p["M"], c["BLOCK_M"]),),
        ("w", "x", "y", p["M"], p["K"]),
    ),
    reference=lambda torch, t, p: {"y": t["w"] @ t["x"]},
    flops=lambda p: 2 * p["M"] * p["K"],
)

# ---------------------------------------------------------------- attention

ATTN_PROBLEMS = (
    {"B": 4, "H": 16, "S": 512, "D": 64},
    {"B": 2, "H": 16, "S": 1024, "D": 64},
    {"B": 1, "H": 16, "S": 2048, "D": 128},
    {"B": 8, "H": 8, "S": 256, "D": 128},
    {"B": 1, "H": 32, "S": 4096, "D": 64},
    {"B": 16, "H": 16, "S": 128, "D": 64},
)
ATTN_TINY = {"B": 1, "H": 2, "S": 32, "D": 16}
ATTN_CONFIGS = configs(
    "BLOCK_M BLOCK_N num_warps num_stages",
    [
        (128, 64, 8, 3),
        (128, 128, 8, 2),
        (64, 64, 4, 3),
        (64, 32, 4, 2),
        (32, 32, 2, 1),
        (16, 16, 1, 1),
    ],
)


def _fits_attn(p, d, c):
    elem = 4 if d == "float32" else 2
    smem = (c["BLOCK_M"] + 2 * max(1, c["num_stages"] - 1) * c["BLOCK_N"]) * p["D"] * elem
    regs = (c["BLOCK_M"] * p["D"] + c["BLOCK_M"] * c["BLOCK_N"]) // (32 * c["num_warps"])
    return smem <= 200 * 1024 and regs <= 256 and c["BLOCK_M"] <= p["S"]


def _attn_tensors(p, d):
    shape = (p["B"] * p["H"], p["S"], p["D"])
    return (
        Tensor("q", shape, d),
        Tensor("k", shape, d),
        Tensor("v", shape, d),
        Tensor("o", shape, d, "empty", True),
    )


def _attn_ref(torch, t, p, causal):
    s = (t["q"] @ t["k"].transpose(1, 2)) / p["D"] ** 0.5
    if causal:
        keep = torch.ones(p["S"], p["S"], dtype=torch.bool, device=s.device).tril()
        s = s.masked_fill(~keep, float("-inf"))
    return {"o": torch.softmax(s, -1) @ t["v"]}


ATTN_SOURCE = """
@triton.jit
def {name}_kernel(q_ptr, k_ptr, v_ptr, o_ptr, seq_len, sm_scale,
        HEAD_DIM: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    # q, k, v, o: (batch * heads, seq_len, HEAD_DIM); grid = (query blocks, batch * heads)
    start_m = tl.program_id(0)
    base = tl.program_id(1).to(tl.int64) * seq_len * HEAD_DIM
    offs_m = start_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_d = tl.arange(0, HEAD_DIM)
    q = tl.load(q_ptr + base + offs_m[:, None] * HEAD_DIM + offs_d[None, :],
                mask=offs_m[:, None] < seq_len, other=0.0)
    m_i = tl.full((BLOCK_M,), float("-inf"), tl.float32)
    l_i = tl.zeros((BLOCK_M,), tl.float32)
    acc = tl.zeros((BLOCK_M, HEAD_DIM), tl.float32)
    qk_scale = sm_scale * 1.4426950408889634
    {loop}
        offs_n = start_n + tl.arange(0, BLOCK_N)
        kv_offs = base + offs_n[:, None] * HEAD_DIM + offs_d[None, :]
        k = tl.load(k_ptr + kv_offs, mask=offs_n[:, None] < seq_len, other=0.0)
        v = tl.load(v_ptr + kv_offs, mask=offs_n[:, None] < seq_len, other=0.0)
        qk = tl.dot(q, tl.trans(k)) * qk_scale
        {mask}
        m_new = tl.maximum(m_i, tl.max(qk, 1))
        p = tl.math.exp2(qk - m_new[:, None])
        alpha = tl.math.exp2(m_i - m_new)
        l_i = l_i * alpha + tl.sum(p, 1)
        acc = acc * alpha[:, None] + tl.dot(p.to(v.dtype), v)
        m_i = m_new
    out = acc / l_i[:, None]
    tl.store(o_ptr + base + offs_m[:, None] * HEAD_DIM + offs_d[None, :],
             out.to(o_ptr.dtype.element_ty), mask=offs_m[:, None] < seq_len)
"""


def _attention(name, causal):
    loop = (
        "for start_n in range(0, tl.minimum((start_m + 1) * BLOCK_M, seq_len), BLOCK_N):"
        if causal
        else "for start_n in range(0, seq_len, BLOCK_N):"
    )
    mask = (
        'qk = tl.where((offs_m[:, None] >= offs_n[None, :]) & (offs_n[None, :] < seq_len), qk, float("-inf"))'
        if causal
        else 'qk = tl.where(offs_n[None, :] < seq_len, qk, float("-inf"))'
    )
    return Task(
        name=name,
        family="attention",
        source=ATTN_SOURCE.format(name=name, loop=loop, mask=mask),
        kernel=f"{name}_kernel",
        problems=ATTN_PROBLEMS,
        tiny=ATTN_TINY,
        dtypes=ALL_FLOAT,
        configs=ATTN_CONFIGS,
        build=lambda p, d, c: Built(
            _attn_tensors(p, d),
            (cdiv(p["S"], c["BLOCK_M"]), p["B"] * p["H"]),
            ("q", "k", "v", "o", p["S"], p["D"] ** -0.5),
            {"HEAD_DIM": p["D"]},
        ),
        reference=lambda torch, t, p: _attn_ref(torch, t, p, causal),
        flops=lambda p: (2 if causal else 4) * p["B"] * p["H"] * p["S"] * p["S"] * p["D"],
        uses_dot=True,
        fits=_fits_attn,
    )


ATTENTION = _attention("attention_fwd", causal=False)
ATTENTION_CAUSAL = _attention("attention_causal", causal=True)

QK_SCORES = Task(
    name="qk_scores",
    family="attention",
    source="""
@triton.jit
def qk_scores_kernel(q_ptr, k_ptr, s_ptr, seq_len, sm_scale,
                     HEAD_DIM: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    # s[bh] = q[bh] @ k[bh]^T * sm_scale, materialised: (batch * heads, seq_len, seq_len)
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    bh = tl.program_id(2).to(tl.int64)
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_d = tl.arange(0, HEAD_DIM)
    q = tl.load(q_ptr + bh * seq_len * HEAD_DIM + offs_m[:, None] * HEAD_DIM + offs_d[None, :],
                mask=offs_m[:, None] < seq_len, other=0.0)
    k = tl.load(k_ptr + bh * seq_len * HEAD_DIM + offs_n[:, None] * HEAD_DIM + offs_d[None, :],
                mask=offs_n[:, None] < seq_len, other=0.0)
    s = tl.dot(q, tl.trans(k)) * sm_scale
    mask = (offs_m[:, None] < seq_len) & (offs_n[None, :] < seq_len)
    s_offs = bh * seq_len * seq_len + offs_m[:, None] * seq_len + offs_n[None, :]
    tl.store(s_ptr + s_offs, s.to(s_ptr.dtype.element_ty), mask=mask)
""",
    kernel="qk_scores_kernel",
    problems=ATTN_PROBLEMS[:4],
    tiny=ATTN_TINY,
    dtypes=ALL_FLOAT,
    configs=ATTN_CONFIGS,
    build=lambda p, d, c: Built(
        (
            Tensor("q", (p["B"] * p["H"], p["S"], p["D"]), d),
            Tensor("k", (p["B"] * p["H"], p["S"], p["D"]), d),
            Tensor("s", (p["B"] * p["H"], p["S"], p["S"]), d, "empty", True),
        ),
        (cdiv(p["S"], c["BLOCK_M"]), cdiv(p["S"], c["BLOCK_N"]), p["B"] * p["H"]),
        ("q", "k", "s", p["S"], p["D"] ** -0.5),
        {"HEAD_DIM": p["D"]},
    ),
    reference=lambda torch, t, p: {"s": (t["q"] @ t["k"].transpose(1, 2)) / p["D"] ** 0.5},
    flops=lambda p: 2 * p["B"] * p["H"] * p["S"] * p["S"] * p["D"],
    uses_dot=True,
    fits=_fits_attn,
)

TASKS = (
    MATMUL_2D,
    MATMUL_GROUPED,
    MATMUL_BIAS_RELU,
    MATMUL_GELU_RESIDUAL,
    MATMUL_SPLITK,
    BMM,
    MATVEC,
    ATTENTION,
    ATTENTION_CAUSAL,
    QK_SCORES,
)
