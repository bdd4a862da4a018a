"""Benchmarks of the installed cdgan-java kernel (a report, not a test).

  JUPYTER_PATH=... /usr/bin/python3 environment/tests/bench_kernel.py [CELLS]

Prints the time from kernel start to the first execute_reply, and the median round trip
(execute_request sent to execute_reply received) of a trivial cell over CELLS runs.
"""
import statistics
import sys
import time

from jupyter_client.manager import KernelManager


def main():
    cells = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    km = KernelManager(kernel_name="cdgan-java")
    start = time.monotonic()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    msg_id = kc.execute("1 + 1")
    while kc.get_shell_msg(timeout=60)["parent_header"].get("msg_id") != msg_id:
        pass
    first = time.monotonic() - start
    trips = []
    for i in range(cells):
        t = time.monotonic()
        msg_id = kc.execute("%d" % i)
        while kc.get_shell_msg(timeout=30)["parent_header"].get("msg_id") != msg_id:
            pass
        trips.append(time.monotonic() - t)
    print("kernel start to first execute_reply: %.2f s" % first)
    print("trivial cell round trip: median %.1f ms over %d cells (first 20: %.1f ms,"
          " last 20: %.1f ms)" % (1000 * statistics.median(trips), cells,
                                   1000 * statistics.median(trips[:20]),
                                   1000 * statistics.median(trips[-20:])))
    kc.stop_channels()
    km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
