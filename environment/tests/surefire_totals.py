"""Prints "passed failed" summed over the Surefire XML reports in the folders given."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

passed = failed = 0
for folder in sys.argv[1:]:
    for path in glob.glob(os.path.join(folder, "TEST-*.xml")):
        suite = ET.parse(path).getroot()
        tests = int(suite.get("tests", 0))
        bad = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skipped = int(suite.get("skipped", 0))
        passed += tests - bad - skipped
        failed += bad
print(passed, failed)
