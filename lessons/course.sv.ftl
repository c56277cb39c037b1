# Rubriker för kursens tio träffar (course.toml).
session-1 = Kom igång
session-2 = Internet och webbläsaren
session-3 = Säker på nätet
session-4 = E-post och videosamtal
session-5 = E-post och foton
session-6 = BankID, del 1
session-7 = BankID, del 2
session-8 = E-tjänster, del 1
session-9 = E-tjänster, del 2
session-10 = Fler knep, handla och repetition
