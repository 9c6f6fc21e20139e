# unittest (CPython's): TestCase assertions, fixtures, skips, expected failures, subtests, and the
# text runner's report (its timing line left out: it depends on the machine).
import io, unittest

class Calculator:
    def divide(self, a, b):
        if b == 0:
            raise ValueError("cannot divide by zero")
        return a / b

class TestCalc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    def setUp(self):
        self.calc = Calculator()
        self.data = [1, 2, 3]
    def tearDown(self):
        print("tearDown", self._testMethodName)
    def test_divide(self):
        """Division works."""
        self.assertEqual(self.calc.divide(6, 3), 2)
    def test_zero(self):
        with self.assertRaises(ValueError) as cm:
            self.calc.divide(1, 0)
        self.assertEqual(str(cm.exception), "cannot divide by zero")
    def test_fail(self):
        self.assertEqual(self.calc.divide(2, 2), 5, "math is broken")
    def test_list_diff(self):
        self.assertListEqual(self.data, [1, 2, 4])
    def test_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})
    def test_multiline(self):
        self.assertEqual("line1\nline2\nline3\n", "line1\nlineX\nline3\n")
    def test_error(self):
        raise RuntimeError("unexpected")
    @unittest.skip("not ready")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_misc(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello", r"h.l")
        with self.assertRaisesRegex(ValueError, "zero"):
            self.calc.divide(1, 0)

for verbosity in (1, 2):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(TestCalc)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print("\n".join(l for l in stream.getvalue().splitlines() if not l.startswith("Ran ")))
    print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
print(unittest.TestCase.__module__, TestCalc("test_divide").id(), TestCalc("test_divide").shortDescription(), repr(TestCalc("test_zero")))
import unittest.case, unittest.mock if False else unittest.result
print(unittest.case.TestCase is unittest.TestCase, unittest.result.TestResult.__module__)
