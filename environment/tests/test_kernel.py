"""Conformance, interrupt and signature tests of the installed cdgan-java kernel.

Run with /usr/bin/python3 (Debian's jupyter_client and jupyter_kernel_test); the kernelspec
must be on JUPYTER_PATH (environment/test-kernel.sh sets it). Prints "N passed, N failed".
"""
import json
import sys
import time
import unittest
import uuid

import jupyter_kernel_test
from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

KERNEL = "cdgan-java"


class JavaKernelConformance(jupyter_kernel_test.KernelTests):
    """Jupyter's own kernel tests, with a Java sample for every one of them."""

    kernel_name = KERNEL
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("to stderr");'
    completion_samples = [
        {"text": "Syste", "matches": {"System"}},
        {"text": "String word = \"a\";\nword.toUpperC", "matches": {"toUpperCase("}},
    ]
    complete_code_samples = ["int a = 1;", "1 + 1", "for (int i = 0; i < 2; i++) { }"]
    incomplete_code_samples = ["for (int i = 0; i < 2; i++) {", "int f(int x) {", "\"abc\" +"]
    invalid_code_samples = ["int x = 3 +;", ")", "for (;;) )"]
    code_page_something = 'page("Math.max(a, b) returns the larger of a and b");'
    code_generate_error = 'throw new IllegalStateException("boom");'
    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": "\"ab\" + \"cd\"", "result": "cdcd".replace("cdcd", "abcd")},
        {"code": "java.util.List.of(1, 2)", "result": "[1, 2]"},
        {"code": "new java.awt.image.BufferedImage(4, 4, 1)", "mime": "image/png"},
    ]
    code_display_data = [
        {"code": "display(new java.awt.image.BufferedImage(4, 4, 1));", "mime": "image/png"},
        {"code": 'display("plain text");', "mime": "text/plain"},
        {"code": "display(tech.tablesaw.api.Table.create(\"t\","
                 " tech.tablesaw.api.IntColumn.create(\"n\", 1, 2)));", "mime": "text/html"},
    ]
    code_history_pattern = "6?7"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "Math.max"
    code_clear_output = 'System.out.println("soon gone");\nclearOutput();'


def outputs(kc, code, timeout=30):
    """Executes code; returns the reply and the iopub messages other than status/input."""
    msgs = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=msgs.append)
    return reply, [m for m in msgs if m["msg_type"] not in ("status", "execute_input")]


def text_of(msgs):
    parts = []
    for m in msgs:
        c = m["content"]
        parts.append(c.get("text") or c.get("data", {}).get("text/plain", "")
                     or "\n".join(c.get("traceback", [])))
    return "\n".join(parts)


class JavaKernelBehaviour(unittest.TestCase):
    """Interrupts, forged messages, errors and state, through jupyter_client."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def interrupt_during(self, loop):
        self.kc.execute_interactive("long ticks = 0; String kept = \"state\";", timeout=30)
        msg_id = self.kc.execute(loop)
        time.sleep(1.0)
        start = time.monotonic()
        self.km.interrupt_kernel()
        while True:
            reply = self.kc.get_shell_msg(timeout=10)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        elapsed = time.monotonic() - start
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "CellInterruptedException")
        self.assertLess(elapsed, 5.0, "interrupt took %.2f s" % elapsed)
        reply, msgs = outputs(self.kc, "kept + \" \" + (ticks > 0)")
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertIn("state true", text_of(msgs))
        return elapsed

    def test_interrupt_sleeping_loop(self):
        self.interrupt_during("while (true) { Thread.sleep(20); ticks++; }")

    def test_interrupt_busy_loop(self):
        self.interrupt_during("while (true) { ticks++; }")

    def test_wrong_signature_is_dropped(self):
        forged = Session(key=b"not-the-kernel-key", username="intruder")
        shell = self.kc.shell_channel.socket
        marker = uuid.uuid4().hex
        forged.send(shell, "execute_request",
                    {"code": 'String forged = "%s";' % marker, "silent": False,
                     "store_history": True, "user_expressions": {}, "allow_stdin": False,
                     "stop_on_error": True})
        time.sleep(1.0)
        reply, msgs = outputs(self.kc, "forged")
        self.assertEqual(reply["content"]["status"], "error", "the forged cell never ran")
        self.assertIn("cannot find symbol", text_of(msgs))
        reply, msgs = outputs(self.kc, "21 * 2")
        self.assertIn("42", text_of(msgs), "the kernel still serves signed messages")

    def test_errors_keep_state(self):
        outputs(self.kc, "int survivor = 5;")
        reply, msgs = outputs(self.kc, "int a = 1;\nint b = nothing + 1;")
        self.assertEqual(reply["content"]["ename"], "CompilationException")
        self.assertIn("cell line 2: int b = nothing + 1;", text_of(msgs))
        reply, msgs = outputs(self.kc, "Object o = null;\n\no.hashCode();")
        self.assertEqual(reply["content"]["ename"], "java.lang.NullPointerException")
        self.assertIn("cell line 3", text_of(msgs))
        reply, msgs = outputs(self.kc, "System.exit(0);")
        self.assertEqual(reply["content"]["ename"], "java.lang.SecurityException")
        self.assertTrue(self.km.is_alive())
        reply, msgs = outputs(self.kc, "survivor")
        self.assertIn("5", text_of(msgs))

    def test_library_on_class_path(self):
        reply, msgs = outputs(self.kc, "import org.cdgan.data.Expression;\n"
                                       "Expression.class.getName()")
        self.assertEqual(reply["content"]["status"], "ok", text_of(msgs))
        self.assertIn("org.cdgan.data.Expression", text_of(msgs))

    def test_update_display_and_progress(self):
        reply, msgs = outputs(self.kc, 'String id = display("first");\n'
                                       'updateDisplay(id, "second");\n'
                                       'var bar = progress("step", 3);\n'
                                       'for (int i = 0; i < 3; i++) bar.step();')
        kinds = [m["msg_type"] for m in msgs]
        self.assertEqual(kinds.count("display_data"), 2, kinds)
        updates = [m for m in msgs if m["msg_type"] == "update_display_data"]
        self.assertTrue(any(m["content"]["data"]["text/plain"] == "second" for m in updates))
        last = [m for m in updates if "step [" in m["content"]["data"]["text/plain"]][-1]
        self.assertIn("3/3", last["content"]["data"]["text/plain"])


def main():
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    suite.addTests(loader.loadTestsFromTestCase(JavaKernelConformance))
    suite.addTests(loader.loadTestsFromTestCase(JavaKernelBehaviour))
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    failed = len(result.failures) + len(result.errors)
    skipped = len(result.skipped)
    passed = result.testsRun - failed - skipped
    print("%d passed, %d failed" % (passed, failed + skipped))
    return 0 if failed + skipped == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
