# Titles of the course's ten sessions (course.toml).
session-1 = Getting started
session-2 = The internet and the browser
session-3 = Safe online
session-4 = Email and video calls
session-5 = Email and photos
session-6 = BankID, part 1
session-7 = BankID, part 2
session-8 = E-services, part 1
session-9 = E-services, part 2
session-10 = More tricks, shopping and recap
