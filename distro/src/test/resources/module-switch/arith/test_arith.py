import unittest


class ArithTest(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fails(self):
        self.assertEqual(2 * 2, 5)

    @unittest.skip('not now')
    def test_skipped(self):
        pass


class TextTest(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('ab'.upper(), 'AB')

    def test_raises(self):
        with self.assertRaises(KeyError):
            {}['missing']

    def test_error(self):
        [].pop()
