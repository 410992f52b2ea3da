"""More Triton kernels of the corpus: fused optimizer step, depthwise causal conv, select,
masked softmax, paged gather, weight-only int8 matmul and a persistent matmul. Sources
written for this project; references get float64 inputs (see spec.Task).
"""

from __future__ import annotations

try:
    from .kernels_dense import GROUPED_CONFIGS, MM_PROBLEMS, MM_TINY, _fits_mm, _mm_strides
    from .kernels_elementwise import ALL_FLOAT, EW_CONFIGS, EW_PROBLEMS
    from .spec import Built, Task, Tensor, cdiv, configs, next_pow2
except ImportError:  # run as a top-level module by measure_gpu.py
    from kernels_dense import GROUPED_CONFIGS, MM_PROBLEMS, MM_TINY, _fits_mm, _mm_strides
    from kernels_elementwise import ALL_FLOAT, EW_CONFIGS, EW_PROBLEMS
    from spec import Built, Task, Tensor, cdiv, configs, next_pow2

ADAM = dict(lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01, step=10)


def _adamw_ref(torch, t):
    a = ADAM
    m = a["beta1"] * t["m"] + (1 - a["beta1"]) * t["grad"]
    v = a["beta2"] * t["v"] + (1 - a["beta2"]) * t["grad"] ** 2
    m_hat = m / (1 - a["beta1"] ** a["step"])
    v_hat = v / (1 - a["beta2"] ** a["step"])
    p = t["param"] * (1 - a["lr"] * a["weight_decay"]) - a["lr"] * m_hat / (
        torch.sqrt(v_hat) + a["eps"]
    )
    return {"param_out": p, "m_out": m, "v_out": v}


ADAMW = Task(
    name="adamw_step",
    family="elementwise",
    source="""
@triton.jit
def adamw_step_kernel(param_ptr, grad_ptr, m_ptr, v_ptr, param_out_ptr, m_out_ptr, v_out_ptr,
                      lr, beta1, beta2, eps, weight_decay, bias_corr1, bias_corr2, n,
                      BLOCK_SIZE: tl.constexpr):
    offs = tl.program_id(0) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    mask = offs < n
    p = tl.load(param_ptr + offs, mask=mask).to(tl.float32)
    g = tl.load(grad_ptr + offs, mask=mask).to(tl.float32)
    m = tl.load(m_ptr + offs, mask=mask)
    v = tl.load(v_ptr + offs, mask=mask)
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g * g
    update = (m / bias_corr1) / (tl.sqrt(v / bias_corr2) + eps)
    p = p * (1.0 - lr * weight_decay) - lr * update
    tl.store(param_out_ptr + offs, p.to(param_out_ptr.dtype.element_ty), mask=mask)
    tl.store(m_out_ptr + offs, m, mask=mask)
    tl.store(v_out_ptr + offs, v, mask=mask)
""",
    kernel="adamw_step_kernel",
    problems=EW_PROBLEMS,
    tiny={"N": 1000},
    dtypes=ALL_FLOAT,
    configs=EW_CONFIGS,
    build=lambda p, d, c: Built(
        (
            Tensor("param", (p["N"],), d),
            Tensor("grad", (p["N"],), d),
            Tensor("m", (p["N"],), "float32"),
            Tensor("v", (p["N"],), "float32", "rand"),
            Tensor("param_out", (p["N"],), d, "empty", True),
            Tensor("m_out", (p["N"],), "float32", "empty", True),
            Tensor("v_out", (p["N"],), "float32", "empty", True),
        ),
        (cdiv(p["N"], c["BLOCK_SIZE"]),),
        ("param", "grad", "m", "v", "param_out", "m_out", "v_out")
        + (ADAM["lr"], ADAM["beta1"], ADAM["beta2"], ADAM["eps"], ADAM["weight_decay"])
        + (1 - ADAM["beta1"] ** ADAM["step"], 1 - ADAM["beta2"] ** ADAM["step"], p["N"]),
    ),
    reference=lambda torch, t, p: _adamw_ref(torch, t),
    flops=lambda p: 16 * p["N"],
)


def _conv_ref(torch, t, p):
    x, w = t["x"], t["w"]  # (B, C, L), (C, KSIZE)
    k = p["K"]
    xp = torch.nn.functional.pad(x, (k - 1, 0))
    out = t["bias"][None, :, None].expand_as(x).clone()
    for j in range(k):
        # tap j multiplies x[t - j]
        out = out + w[None, :, j, None] * xp[:, :, k - 1 - j : k - 1 - j + x.shape[2]]
    return {"out": out}


CONV1D = Task(
    name="causal_conv1d",
    family="conv",
    source="""
@triton.jit
def causal_conv1d_kernel(x_ptr, w_ptr, b_ptr, out_ptr, C, L,
                         KSIZE: tl.constexpr, BLOCK_C: tl.constexpr, BLOCK_T: tl.constexpr):
    # depthwise causal conv: out[b, c, t] = bias[c] + sum_j w[c, j] * x[b, c, t - j]
    b = tl.program_id(0)
    chans = tl.program_id(1) * BLOCK_C + tl.arange(0, BLOCK_C)
    ts = tl.program_id(2) * BLOCK_T + tl.arange(0, BLOCK_T)
    cmask = chans < C
    row = x_ptr + b * C * L + chans[:, None] * L
    acc = tl.zeros((BLOCK_C, BLOCK_T), dtype=tl.float32)
    acc += tl.load(b_ptr + chans, mask=cmask, other=0.0).to(tl.float32)[:, None]
    for j in tl.static_range(KSIZE):
        src = ts[None, :] - j
        x = tl.load(row + src, mask=cmask[:, None] & (src >= 0) & (src < L), other=0.0)
        w = tl.load(w_ptr + chans * KSIZE + j, mask=cmask, other=0.0)
        acc += x.to(tl.float32) * w.to(tl.float32)[:, None]
    out_offs = b * C * L + chans[:, None] * L + ts[None, :]
    tl.store(out_ptr + out_offs, acc.to(out_ptr.dtype.element_ty), mask=cmask[:, None] & (ts[None, :] < L))
""",
    kernel="causal_conv1d_kernel",
    problems=(
        {"B": 8, "C": 1024, "L": 2048, "K": 4},
        {"B": 2, "C": 4096, "L": 4096, "K": 4},
        {"B": 16, "C": 512, "L": 512, "K": 7},
        {"B": 1, "C": 2048, "L": 16384, "K": 3},
        {"B": 32, "C": 256, "L": 1024, "K": 15},
    ),
    tiny={"B": 2, "C": 5, "L": 37, "K": 4},
    dtypes=ALL_FLOAT,
    configs=configs(
        "BLOCK_C BLOCK_T num_warps num_stages",
        [
            (1, 1024, 4, 1),
            (4, 256, 4, 1),
            (16, 128, 4, 1),
            (64, 32, 4, 1),
            (8, 512, 8, 1),
            (32, 32, 1, 1),
        ],
    ),
    build=lambda p, d, c: Built(
        (
            Tensor("x", (p["B"], p["C"], p["L"]), d),
            Tensor("w", (p["C"], p["K"]), d),
            Tensor("bias", (p["C"],), d),
            Tensor("out", (p["B"], p["C"], p["L"]), d, "empty", True),
        ),
        (p["B"], cdiv(p["C"], c["BLOCK_C"]), cdiv(p["L"], c["BLOCK_T"])),
        ("x", "w", "bias", "out", p["C"], p["L"]),
        {"KSIZE": p["K"]},
    ),
    reference=_conv_ref,
    flops=lambda p: 2 * p["B"] * p["C"] * p["L"] * p["K"],
)

WHERE = Task(
    name="where_select",
    family="elementwise",
    source="""
@triton.jit
def where_select_kernel(cond_ptr, x_ptr, y_ptr, out_ptr, n, BLOCK_SIZE: tl.constexpr):
    offs = tl.program_id(0) * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    mask = offs < n
    cond = tl.load(cond_ptr + offs, mask=mask, other=0) != 0
    x = tl.load(x_ptr + offs, mask=mask)
    y = tl.load(y_ptr + offs, mask=mask)
    tl.store(out_ptr + offs, tl.where(cond, x, y), mask=mask)
""",
    kernel="where_select_kernel",
    problems=EW_PROBLEMS,
    tiny={"N": 1000},
    dtypes=ALL_FLOAT,
    configs=EW_CONFIGS,
    build=lambda p, d, c: Built(
        (
            Tensor("cond", (p["N"],), "int8", "randint:2"),
            Tensor("x", (p["N"],), d),
            Tensor("y", (p["N"],), d),
            Tensor("out", (p["N"],), d, "empty", True),
        ),
        (cdiv(p["N"], c["BLOCK_SIZE"]),),
        ("cond", "x", "y", "out", p["N"]),
    ),
    reference=lambda torch, t, p: {"out": torch.where(t["cond"] != 0, t["x"], t["y"])},
    flops=lambda p: 0,
)


def _masked_softmax_ref(torch, t, p):
    s = p["S"]
    keep = torch.ones(s, s, dtype=torch.bool, device=t["scores"].device).tril()
    x = (t["scores"] * p["scale"]).masked_fill(~keep, float("-inf"))
    return {"probs": torch.softmax(x, -1)}


MASKED_SOFTMAX = Task(
    name="causal_softmax",
    family="softmax",
    source="""
@triton.jit
def causal_softmax_kernel(s_ptr, p_ptr, seq_len, scale, BLOCK_N: tl.constexpr):
    # scores: (batch * heads, seq_len, seq_len); one program per query row, keys after it masked
    row = tl.program_id(0)
    q = row % seq_len
    cols = tl.arange(0, BLOCK_N)
    valid = cols <= q
    base = row.to(tl.int64) * seq_len
    x = tl.load(s_ptr + base + cols, mask=valid, other=float("-inf")).to(tl.float32) * scale
    x = tl.where(valid, x, float("-inf"))
    num = tl.exp(x - tl.max(x, axis=0))
    probs = num / tl.sum(num, axis=0)
    tl.store(p_ptr + base + cols, probs.to(p_ptr.dtype.element_ty), mask=cols < seq_len)
""",
    kernel="causal_softmax_kernel",
    problems=(
        {"BH": 64, "S": 512, "scale": 0.125},
        {"BH": 32, "S": 1024, "scale": 0.125},
        {"BH": 16, "S": 2048, "scale": 0.088},
        {"BH": 8, "S": 4096, "scale": 0.088},
        {"BH": 256, "S": 128, "scale": 0.125},
    ),
    tiny={"BH": 2, "S": 13, "scale": 0.5},
    dtypes=ALL_FLOAT,
    configs=configs("num_warps num_stages", [(1, 1), (2, 1), (4, 1), (8, 1), (16, 1)]),
    build=lambda p, d, c: Built(
        (
            Tensor("scores", (p["BH"], p["S"], p["S"]), d),
            Tensor("probs", (p["BH"], p["S"], p["S"]), d, "empty", True),
        ),
        (p["BH"] * p["S"],),
        ("scores", "probs", p["S"], p["scale"]),
        {"BLOCK_N": next_pow2(p["S"])},
    ),
    reference=_masked_softmax_ref,
    flops=lambda p: 5 * p["BH"] * p["S"] * p["S"],
    fits=lambda p, d, c: next_pow2(p["S"]) <= 128 * 32 * c["num_warps"],
)

PAGED_GATHER = Task(
    name="paged_kv_gather",
    family="gather",
    source="""
@triton.jit
def paged_kv_gather_kernel(cache_ptr, table_ptr, out_ptr, T, D,
                           PAGE: tl.constexpr, BLOCK_T: tl.constexpr, BLOCK_D: tl.constexpr):
    # out[t, :] = cache[table[t // PAGE] * PAGE + t % PAGE, :]
    toks = tl.program_id(0) * BLOCK_T + tl.arange(0, BLOCK_T)
    dims = tl.program_id(1) * BLOCK_D + tl.arange(0, BLOCK_D)
    tmask = toks < T
    page = tl.load(table_ptr + toks // PAGE, mask=tmask, other=0)
    slot = page.to(tl.int64) * PAGE + toks % PAGE
    mask = tmask[:, None] & (dims[None, :] < D)
    vals = tl.load(cache_ptr + slot[:, None] * D + dims[None, :], mask=mask)
    tl.store(out_ptr + toks[:, None] * D + dims[None, :], vals, mask=mask)
""",
    kernel="paged_kv_gather_kernel",
    problems=(
        {"P": 4096, "PAGE": 16, "T": 8192, "D": 1024},
        {"P": 1024, "PAGE": 64, "T": 32768, "D": 256},
        {"P": 16384, "PAGE": 16, "T": 2048, "D": 4096},
        {"P": 2048, "PAGE": 128, "T": 65536, "D": 128},
    ),
    tiny={"P": 9, "PAGE": 4, "T": 19, "D": 40},
    dtypes=ALL_FLOAT,
    configs=configs(
        "BLOCK_T BLOCK_D num_warps num_stages",
        [
            (1, 256, 2, 1),
            (4, 256, 4, 1),
            (16, 128, 4, 1),
            (32, 64, 8, 1),
            (64, 32, 4, 1),
            (8, 1024, 8, 1),
        ],
    ),
    build=lambda p, d, c: Built(
        (
            Tensor("cache", (p["P"] * p["PAGE"], p["D"]), d),
            Tensor("table", (cdiv(p["T"], p["PAGE"]),), "int32", f"randint:{p['P']}"),
            Tensor("out", (p["T"], p["D"]), d, "empty", True),
        ),
        (cdiv(p["T"], c["BLOCK_T"]), cdiv(p["D"], c["BLOCK_D"])),
        ("cache", "table", "out", p["T"], p["D"]),
        {"PAGE": p["PAGE"]},
    ),
    reference=lambda torch, t, p: {
        "out": t["cache"][
            t["table"][torch.arange(p["T"], device=t["cache"].device) // p["PAGE"]] * p["PAGE"]
            + torch.arange(p["T"], device=t["cache"].device) % p["PAGE"]
        ]
    },
    flops=lambda p: 0,
)

W8_MATMUL = Task(
    name="matmul_w8",
    family="matmul",
    source="""
@triton.jit
def matmul_w8_kernel(a_ptr, w_ptr, scale_ptr, c_ptr, M, N, K,
        stride_am, stride_ak, stride_bk, stride_bn, stride_cm, stride_cn,
        BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
        GROUP_M: tl.constexpr):
    # weight-only int8: C = (A @ W.to(A.dtype)) * scale[None, :]
    pid = tl.program_id(0)
    num_pid_m = tl.cdiv(M, BLOCK_M)
    num_pid_n = tl.cdiv(N, BLOCK_N)
    pids_in_group = GROUP_M * num_pid_n
    first_m = (pid // pids_in_group) * GROUP_M
    group_rows = min(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % pids_in_group) % group_rows
    pid_n = (pid % pids_in_group) // group_rows
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, K, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_ptr + offs_m[:, None] * stride_am + kk[None, :] * stride_ak,
                    mask=(offs_m[:, None] < M) & (kk[None, :] < K), other=0.0)
        w = tl.load(w_ptr + kk[:, None] * stride_bk + offs_n[None, :] * stride_bn,
                    mask=(kk[:, None] < K) & (offs_n[None, :] < N), other=0)
        acc = tl.dot(a, w.to(a.dtype), acc)
    scale = tl.load(scale_ptr + offs_n, mask=offs_n < N, other=0.0).to(tl.float32)
    out = acc * scale[None, :]
    c_mask = (offs_m[:, None] < M) & (offs_n[None, :] < N)
    tl.store(c_ptr + offs_m[:, None] * stride_cm + offs_n[None, :] * stride_cn,
             out.to(c_ptr.dtype.element_ty), mask=c_mask)
""",
    kernel="matmul_w8_kernel",
    problems=MM_PROBLEMS,
    tiny=MM_TINY,
    dtypes=("float16", "bfloat16"),
    configs=GROUPED_CONFIGS,
    build=lambda p, d, c: Built(
        (
            Tensor("a", (p["M"], p["K"]), d),
            Tensor("w", (p["K"], p["N"]), "int8", "randint:-127:128"),
            Tensor("scale", (p["N"],), d, "uniform:0.001:0.01"),
            Tensor("c", (p["M"], p["N"]), d, "empty", True),
        ),
        (cdiv(p["M"], c["BLOCK_M"]) * cdiv(p["N"], c["BLOCK_N"]),),
        ("a", "w", "scale", "c", p["M"], p["N"], p["K"]) + _mm_strides(p),
    ),
    reference=lambda torch, t, p: {"c": (t["a"] @ t["w"].to(t["a"].dtype)) * t["scale"]},
    flops=lambda p: 2 * p["M"] * p["N"] * p["K"],
    uses_dot=True,
    fits=_fits_mm,
)

PERSISTENT_CONFIGS = configs(
    "BLOCK_M BLOCK_N BLOCK_K GROUP_M PROGRAMS num_warps num_stages",
    [
        (128, 128, 64, 8, 132, 8, 3),
        (128, 64, 32, 8, 264, 4, 4),
        (64, 64, 32, 4, 132, 4, 3),
        (128, 128, 64, 8, 66, 8, 3),
        (64, 128, 64, 1, 528, 4, 4),
        (32, 32, 32, 8, 132, 2, 2),
    ],
)

PERSISTENT_MATMUL = Task(
    name="matmul_persistent",
    family="matmul",
    source="""
@triton.jit
def matmul_persistent_kernel(a_ptr, b_ptr, c_ptr, M, N, K,
        stride_am, stride_ak, stride_bk, stride_bn, stride_cm, stride_cn,
        BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
        GROUP_M: tl.constexpr):
    # a fixed number of programs walks the C tiles in grouped order
    num_pid_m = tl.cdiv(M, BLOCK_M)
    num_pid_n = tl.cdiv(N, BLOCK_N)
    pids_in_group = GROUP_M * num_pid_n
    for tile in range(tl.program_id(0), num_pid_m * num_pid_n, tl.num_programs(0)):
        first_m = (tile // pids_in_group) * GROUP_M
        group_rows = min(num_pid_m - first_m, GROUP_M)
        pid_m = first_m + (tile % pids_in_group) % group_rows
        pid_n = (tile % pids_in_group) // group_rows
        offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
        offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
        offs_k = tl.arange(0, BLOCK_K)
        acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
        for k0 in range(0, K, BLOCK_K):
            kk = k0 + offs_k
            a = tl.load(a_ptr + offs_m[:, None] * stride_am + kk[None, :] * stride_ak,
                        mask=(offs_m[:, None] < M) & (kk[None, :] < K), other=0.0)
            b = tl.load(b_ptr + kk[:, None] * stride_bk + offs_n[None, :] * stride_bn,
                        mask=(kk[:, None] < K) & (offs_n[None, :] < N), other=0.0)
            acc = tl.dot(a, b, acc)
        c_mask = (offs_m[:, None] < M) & (offs_n[None, :] < N)
        tl.store(c_ptr + offs_m[:, None] * stride_cm + offs_n[None, :] * stride_cn,
                 acc.to(c_ptr.dtype.element_ty), mask=c_mask)
""",
    kernel="matmul_persistent_kernel",
    problems=MM_PROBLEMS,
    tiny=MM_TINY,
    dtypes=ALL_FLOAT,
    configs=PERSISTENT_CONFIGS,
    build=lambda p, d, c: Built(
        (
            Tensor("a", (p["M"], p["K"]), d),
            Tensor("b", (p["K"], p["N"]), d),
            Tensor("c", (p["M"], p["N"]), d, "empty", True),
        ),
        (min(c["PROGRAMS"], cdiv(p["M"], c["BLOCK_M"]) * cdiv(p["N"], c["BLOCK_N"])),),
        ("a", "b", "c", p["M"], p["N"], p["K"]) + _mm_strides(p),
    ),
    reference=lambda torch, t, p: {"c": t["a"] @ t["b"]},
    flops=lambda p: 2 * p["M"] * p["N"] * p["K"],
    uses_dot=True,
    host_keys=("PROGRAMS",),
    fits=_fits_mm,
)

TASKS = (ADAMW, CONV1D, WHERE, MASKED_SOFTMAX, PAGED_GATHER, W8_MATMUL, PERSISTENT_MATMUL)
