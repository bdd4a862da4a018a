# Reference for TransposedConvolutionTest: torch.nn.functional.conv_transpose2d with kernel 4,
# stride 2, padding 1 (the decoder's upsampling stage), PyTorch 1.13.1, float64.
#   /usr/bin/python3 conv_transpose_reference.py
import torch

g = torch.Generator().manual_seed(11)
x = torch.round(torch.randn((1, 2, 3, 3), generator=g, dtype=torch.float64) * 1e3) / 1e3
w = torch.round(torch.randn((2, 3, 4, 4), generator=g, dtype=torch.float64) * 1e3) / 1e3
y = torch.nn.functional.conv_transpose2d(x, w, stride=2, padding=1)
x.requires_grad_(True)
yy = torch.nn.functional.conv_transpose2d(x, w, stride=2, padding=1)
(yy * yy).sum().backward()
j = lambda t: ", ".join("%.10g" % v for v in t.detach().flatten().tolist())
print("x = {", j(x), "}")
print("w = {", j(w), "}")
print("y", tuple(y.shape), "= {", j(y), "}")
print("grad of sum(y^2) wrt x = {", j(x.grad), "}")
