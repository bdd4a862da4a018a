"""Executes smoke.ipynb headless with the cdgan-java kernel and checks its outputs.

Run with /usr/bin/python3; the kernelspec must be on JUPYTER_PATH. Prints "N passed, N failed".
"""
import base64
import os
import re
import subprocess
import sys
import tempfile

import nbformat

HERE = os.path.dirname(os.path.abspath(__file__))


def execute(path, out_dir):
    subprocess.run(["/usr/bin/python3", "-m", "jupyter", "nbconvert", "--to", "notebook",
                    "--execute", "--ExecutePreprocessor.timeout=120",
                    "--output-dir", out_dir, "--output", "smoke.executed.ipynb", path],
                   check=True, capture_output=True, text=True)
    return nbformat.read(os.path.join(out_dir, "smoke.executed.ipynb"), as_version=4)


def scripts_parse(html):
    """True when every inline script of the HTML passes node's syntax check."""
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    if not scripts:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        for i, code in enumerate(scripts):
            path = os.path.join(tmp, "script%d.js" % i)
            with open(path, "w") as f:
                f.write(code)
            if subprocess.run(["node", "--check", path], capture_output=True).returncode:
                return False
    return True


def checks(nb):
    cells = [c for c in nb.cells if c.cell_type == "code"]
    for c in cells:
        yield "cell without error: " + c.source.splitlines()[0], \
            not any(o.output_type == "error" for o in c.outputs)

    lib = [o for o in cells[0].outputs if o.output_type == "execute_result"]
    yield "library imported", bool(lib) and lib[0].data["text/plain"] == "true"

    image = [o for o in cells[1].outputs if "image/png" in o.get("data", {})]
    png = base64.b64decode(image[0].data["image/png"]) if image else b""
    yield "image is a PNG", png.startswith(b"\x89PNG\r\n\x1a\n")
    yield "image is 48x48", png[16:24] == (48).to_bytes(4, "big") * 2

    table = [o for o in cells[2].outputs if "text/html" in o.get("data", {})]
    html = table[0].data["text/html"] if table else ""
    yield "table is HTML", "<table" in html and "<th>expression</th>" in html
    yield "table holds its rows", "<td>surprise</td>" in html and "<td>249</td>" in html

    chart = [o for o in cells[3].outputs if "text/html" in o.get("data", {})]
    html = chart[0].data["text/html"] if chart else ""
    yield "chart embeds plotly.js 2.35.3", "plotly.js v2.35.3" in html and len(html) > 1_000_000
    yield "chart loads no script from the network", \
        re.search(r"<script[^>]+src=", html) is None and "cdn.plot.ly/plotly" not in html
    yield "chart draws its figure", "Images per expression" in html and \
        re.search(r"var (target_\w+) = document\.getElementById\('(\w+)'\);", html) is not None \
        and re.search(r"Plotly\.newPlot\(target_\w+, data, layout\)", html) is not None

    yield "chart scripts are valid JavaScript (node --check)", scripts_parse(html)

    progress = cells[4].outputs
    displays = [o for o in progress if o.output_type == "display_data"]
    yield "progress bar is one display", len(displays) == 1 and len(progress) == 1
    text = displays[0].data.get("text/plain", "") if displays else ""
    yield "progress bar updated in place to the end", "200/200" in text and "loss 0.005" in text
    yield "progress bar has HTML", bool(displays) and "<progress" in displays[0].data["text/html"]


def main():
    passed = failed = 0
    with tempfile.TemporaryDirectory() as out_dir:
        try:
            nb = execute(os.path.join(HERE, "smoke.ipynb"), out_dir)
            results = list(checks(nb))
        except subprocess.CalledProcessError as e:
            results = [("nbconvert executes the notebook: " + e.stderr[-2000:], False)]
    for name, ok in results:
        print(("ok      " if ok else "FAILED  ") + name)
        passed += ok
        failed += not ok
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
