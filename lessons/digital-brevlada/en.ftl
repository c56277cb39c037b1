title = Digital mailbox
summary = A digital mailbox is a mailbox on the internet. Once you have one, many letters from public authorities come there instead of on paper. Kivra is an app, and Min myndighetspost is a website. You open the app or the website yourself to read your post. You do not tap links in text messages about post.

what = A digital mailbox is a mailbox on the internet. You read your letters on your phone or on the computer. The letters stay there. You can read them again whenever you want.
what-alt = A phone showing a mailbox with three letters. Beside it are the words New post.

authorities = Many letters from public authorities can come there. An authority is, for example, the Tax Agency or the Social Insurance Agency. Once you have a digital mailbox, most of those letters come there instead of on paper. But some letters still come on paper. So look in both mailboxes.

choose = There are several mailboxes to choose from. The most common one is called Kivra. Kivra is an app, and there you can also get letters from your bank and other companies. Min myndighetspost is the state's own mailbox. It is a website, not an app. Only letters from authorities come there. There are more, for example e-Boks. Ask at the library if you want to know how it is today.

start = You get the mailbox once. You log in with BankID, in an app or on a website. An app is a small program on the phone. An app can tell you when you have got post. Min myndighetspost can send you an email or a text message about it. Then you open the mailbox and read.

sms = Sometimes a text message comes saying that you have got post. Do not tap a link in such a message. Instead, open the app yourself, as you usually do. Or type the address of the website yourself. If you have got a letter, it is there.

q1 = You have a digital mailbox. Where do letters from the Tax Agency end up now?
q1-hint = Think about what a digital mailbox is for.
q1-a1 = In the digital mailbox
q1-a1-fb = Yes, exactly! Open the app and you will see the letter.
q1-a2 = On paper in the letterbox at home
q1-a2-fb = Letters from the Tax Agency now come to the digital mailbox. Some other letters may still come on paper.

q2 = You get a text message: You have a new letter, click here. What do you do?
q2-hint = Think about who sent the link.
q2-a1 = I tap the link in the message
q2-a1-fb = It is easy to do that. But the link can lead to a fake page. Open the app yourself instead.
q2-a2 = I open the app myself and look
q2-a2-fb = Yes, exactly! If the letter is there, you will see it in the app.

outro = Well done! Now you know what a digital mailbox is. Would you like to get one? Feel free to ask someone for help the first time.

keywords =
    Digital mailbox: a mailbox on the net for letters from authorities.
    Authority: for example the Tax Agency or the Social Insurance Agency.
    App: a small program on the phone.
    Kivra: a digital mailbox that is an app. There you get letters from authorities and companies.
    Min myndighetspost: the state's digital mailbox. It is a website.

# The practice brevladan (scenarios/brevladan.toml)
brevladan-titel = Read a letter in the mailbox
brevladan-uppgift = You have mail in your digital mailbox. Open the app and log in with BankID. Read the new letter. Then answer the question under the letter. The practice code is on the note. It is not a real code. Never write down your real code.
brevladan-tips = Read what the phone says. What should you do now?
brevladan-slut = The right way is to open the app yourself, not through a link in a text message. Then you read the letter carefully. The letter stays in the app, so you can read it again.
brevladan-lapp = Practice code: 290731
brevladan-hem-rad = The phone
brevladan-hem-text = Which app do you want to open?
brevladan-app = Open the Digital mailbox app
brevladan-sms-fran = The mailbox
brevladan-sms-kort = You have a new letter…
brevladan-sms-rad = Messages
brevladan-sms-text = You have a new letter waiting. Log in through the link to read it.
brevladan-sms-lank = brevlada-logga-in.example
brevladan-stang-sms = Close the message
brevladan-till-listan = To your letters
brevladan-lank-falla = You pressed the link in the text message
brevladan-lank-falla-text = The link can lead to a fake page. There the thief wants you to log in with BankID. Open the app yourself instead, as you usually do. If you have a letter, it is there.
brevladan-app-rad = Digital mailbox
brevladan-login-text = Log in to read your mail.
brevladan-logga-in = Log in with BankID
brevladan-bankid-rad = BankID
brevladan-vem-rubrik = Digital mailbox wants you to log in. Type your code.
brevladan-identifiera = Identify
brevladan-kod-tips = The code was not right. Look at the note. Type all six digits. Then press Identify.
brevladan-lista-rubrik = Your letters
brevladan-tand-fran = Dental care
brevladan-tand-amne = Appointment at the dentist
brevladan-tand-text = Hello! You have an appointment at the dentist on Wednesday 22 April at 13.00. Cannot come? Call us at least a day before.
brevladan-fraga = When are you going to the dentist?
brevladan-svar-ratt = Wednesday 22 April at 13
brevladan-svar-fel = Monday 20 April at 10
brevladan-svar-vet-ej = The letter does not say
brevladan-las-tips = Read the letter once more. It gives both the day and the time.
brevladan-kommun-fran = The municipality
brevladan-kommun-amne = About your transport service
brevladan-kommun-text = Hello! You have been granted transport service. Your card comes by post in a week.
brevladan-klar-rubrik = Right!
brevladan-klar-text = Your appointment is on Wednesday 22 April at 13. The letter stays in the mailbox.
