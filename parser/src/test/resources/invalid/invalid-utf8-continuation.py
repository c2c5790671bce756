# comment
x = "Ã("
