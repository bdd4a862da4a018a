# Reference values for the loss tests (SupervisedContrastiveLossTest, FeatureConsistencyLossTest,
# CrossEntropyTest). Run with Debian's PyTorch:  /usr/bin/python3 loss_reference.py
#
# The contrastive loss is written here the slow way, one anchor and one positive at a time in
# float64, straight from method.md, so it shares nothing with the vectorised Java code.
# It prints Java literals that the tests embed.
import torch

torch.set_printoptions(precision=10)


def supcon(codes, expr, ident, tau):
    """L_CL of method.md: mean over valid anchors of the mean over positives of
    -log(exp(s_ip) / (exp(s_ip) + sum_n exp(s_in)))."""
    z = torch.nn.functional.normalize(codes, dim=1)
    s = z @ z.t() / tau
    m = len(expr)
    terms = []
    for i in range(m):
        pos = [p for p in range(m) if expr[p] == expr[i] and ident[p] != ident[i]]
        neg = [n for n in range(m) if expr[n] != expr[i]]
        if not pos or not neg:
            continue
        per = []
        for p in range(m):
            if p not in pos:
                continue
            logits = torch.stack([s[i, p]] + [s[i, n] for n in neg])
            per.append(torch.logsumexp(logits, 0) - s[i, p])
        terms.append(torch.stack(per).mean())
    if not terms:
        return codes.sum() * 0.0, 0
    return torch.stack(terms).mean(), len(terms)


def jl(t):
    return ", ".join("%.10g" % v for v in t.flatten().tolist())


def rounded(shape, seed):
    g = torch.Generator().manual_seed(seed)
    return torch.round(torch.randn(shape, generator=g, dtype=torch.float64) * 1e4) / 1e4


def case(name, codes, expr, ident, tau):
    x = codes.clone().requires_grad_(True)
    loss, anchors = supcon(x, expr, ident, tau)
    loss.backward()
    print("//", name, "tau", tau)
    print("codes = {", jl(codes), "}")
    print("expr =", expr, "ident =", ident)
    print("loss = %.10g anchors = %d" % (loss.item(), anchors))
    print("grad = {", jl(x.grad), "}")
    print()


# class 3 appears once; pairs (0, id 1) twice so one same-expression-same-identity pair is left out
case("general", rounded((8, 4), 1), [0, 0, 1, 1, 2, 0, 1, 3], [1, 2, 1, 3, 2, 1, 2, 4], 0.07)
case("all labels equal", rounded((5, 3), 2), [4, 4, 4, 4, 4], [1, 2, 3, 4, 5], 0.07)
case("large ids", rounded((6, 3), 3),
     [1000000007, -5, 1000000007, -5, 42, 1000000007],
     [9007199254740993, 9007199254740993, -77, 123456789012, 9007199254740993, 5], 0.07)
case("no positive pair", rounded((4, 3), 4), [0, 0, 1, 2], [7, 7, 8, 9], 0.07)
case("very small temperature", rounded((6, 3), 5), [0, 0, 1, 1, 2, 2], [1, 2, 1, 2, 1, 2], 0.001)

# Feature consistency: MSE(a, b.detach()), mean over batch and dims.
a = rounded((3, 4), 6).requires_grad_(True)
b = rounded((3, 4), 7).requires_grad_(True)
mse = torch.nn.functional.mse_loss(a, b.detach())
mse.backward()
print("// feature consistency")
print("a = {", jl(a.detach()), "}")
print("b = {", jl(b.detach()), "}")
print("mse = %.10g" % mse.item())
print("gradA = {", jl(a.grad), "}")
print("gradB is None:", b.grad is None)
print()

# Cross-entropy on logits with sparse labels, mean over batch.
logits = rounded((4, 5), 8).requires_grad_(True)
labels = torch.tensor([0, 3, 4, 3])
ce = torch.nn.functional.cross_entropy(logits, labels)
ce.backward()
print("// cross entropy")
print("logits = {", jl(logits.detach()), "}")
print("labels =", labels.tolist())
print("ce = %.10g" % ce.item())
print("grad = {", jl(logits.grad), "}")
