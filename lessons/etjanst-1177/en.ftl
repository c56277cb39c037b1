title = 1177 – health care advice
summary = You can call 1177 at any time and get advice about health care. On 1177.se you can log in with BankID. There you can book appointments, renew prescriptions and read your medical record. You can also write to your clinic.

phone = 1177 is the health care number for advice. You can call it at any time, day or night. A nurse answers and helps you. If a life is in danger, you call 112.
phone-alt = A phone calling 1177. Beside it are the words Day and night.

web = There is also a website called 1177.se. A website is a place on the internet. There you can read about illnesses and care. Anyone can do that, without logging in.

own = You can also log in with BankID. Then you see your own care. You can book an appointment or cancel one. You can renew a prescription. That means you ask for more of the same medicine.
own-alt = A calendar on the screen. An appointment is booked on Tuesday at 10 o'clock.

journal = You can also read your medical record. The record is what the health care staff write about you. You can send a message to your clinic, for example your health centre. It is like a letter, but on the screen.

region = What you can do depends on where you live. It can differ between clinics. Log in on 1177.se and see what is there for you.

q1 = You feel ill one night and want advice. What can you do?
q1-hint = Think about when 1177 answers.
q1-a1 = Call 1177
q1-a1-fb = Yes, exactly! 1177 answers day and night. If a life is in danger, you call 112.
q1-a2 = Wait until the clinic opens on Monday
q1-a2-fb = You do not need to wait that long. You can get advice about care at any time.

q2 = You want to book an appointment on 1177.se. What do you do first?
q2-hint = The health care must be sure that it is you.
q2-a1 = I type my name in a box
q2-a1-fb = Anyone can type your name. The health care must know that it really is you.
q2-a2 = I log in with BankID
q2-a2-fb = Yes, exactly! When you have logged in, you see your own care.
q2-a3 = I call 112
q2-a3-fb = You only call 112 when a life is in danger. Booking an appointment is done another way.

q3 = What is your medical record?
q3-hint = It is only about you and your care.
q3-a1 = A magazine about health
q3-a1-fb = There are magazines about health. But your medical record is something else.
q3-a2 = What the health care staff write about you
q3-a2-fb = Yes, exactly! You can read it on 1177.se when you have logged in.

outro = Well done! Now you know what 1177 can help you with. Call when you want advice. Log in when you want to take care of your own health care.

keywords =
    1177: health care's number for advice, day and night.
    Prescription: what you need to get medicine.
    Renew a prescription: ask for more of the same medicine.
    Medical record: what health care writes about you.
    Clinic: where you get care, for example your health centre.

# The practice boka-tid (scenarios/boka-tid.toml)
boka-tid-titel = Book an appointment in the care app
boka-tid-uppgift = Log in to the Care app with BankID on the same phone. Book an appointment at North Health Centre. Choose a time that suits you. The practice code is on the note. It is not a real code. Never write down your real code. Nothing real happens.
boka-tid-tips = Read what the phone says. What should you do now?
boka-tid-slut = You logged in and booked an appointment. You read what it said before you pressed Book. For real, you can see your appointment in the app afterwards.
boka-tid-lapp = Practice code: 614208
boka-tid-app-rad = Care app
boka-tid-app-rubrik = Care app
boka-tid-app-text = Here you can book appointments and read about your care. Log in first.
boka-tid-logga-in = Log in with BankID
boka-tid-val-rubrik = How do you want to log in?
boka-tid-val-samma = BankID on this device
boka-tid-val-annan = BankID on another device
boka-tid-annan-tips = You only have the phone. Choose BankID on this device.
boka-tid-bankid-rad = BankID
boka-tid-vem-rubrik = The Care app wants you to log in
boka-tid-vem-text = Is it you who wants to log in? Then type your code and press Identify.
boka-tid-identifiera = Identify
boka-tid-avbryt = Cancel
boka-tid-kod-tips = The code was not right. Look at the note. Type all six digits. Then press Identify.
boka-tid-avbryt-tips = It is you who wants to log in. Type your code instead.
boka-tid-hem-rubrik = Hello! You are logged in.
boka-tid-boka = Book an appointment
boka-tid-journal = Read your records
boka-tid-journal-tips = You should book an appointment. Press Book an appointment.
boka-tid-mottagning-fraga = Where do you want to book?
boka-tid-norr = North Health Centre
boka-tid-tandvard = Dental care
boka-tid-mottagning-tips = You should book at North Health Centre.
boka-tid-tid-fraga = Choose a time that suits you.
boka-tid-tid-1 = Tuesday 14 April at 9.30
boka-tid-tid-2 = Thursday 16 April at 14.00
boka-tid-bekrafta-rubrik = Is this right?
boka-tid-bekrafta = Book
boka-tid-annan-tid = Choose another time
boka-tid-bokad-rubrik = Your appointment is booked
boka-tid-bokad-text = You get a reminder the day before.
