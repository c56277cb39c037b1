title = Prescriptions and the pharmacy
summary = Some medicines need a prescription. You can ask to renew a prescription on 1177.se, in good time. There you can also see your prescriptions. At the pharmacy you show ID. You can order medicine online from a real pharmacy. Never buy medicine from an unknown site.

intro = Some medicines need a prescription. The doctor writes the prescription on the computer. It is called an e-prescription. It is kept in a place that every pharmacy can see. You need no paper.

renew = Is your medicine running out soon? Then you can often renew the prescription on 1177.se. Renew means that you ask for more of the same medicine. Log in with BankID. Choose Renew prescription, and then your medicine. The care service answers after a few days. So ask in good time. Can it not be done online? Then call your clinic.

q1 = Your medicine runs out in a week. What do you do?
q1-hint = The care service needs a few days to answer.
q1-a1 = I wait until it has run out
q1-a1-fb = Then you may be without medicine for a few days. The care service needs time to answer. Ask in good time.
q1-a2 = I log in on 1177.se and ask to renew the prescription
q1-a2-fb = Yes, exactly! Then the care service has time to answer before the medicine runs out.

list = On 1177.se you can also see all your prescriptions. Log in and choose Medicines. It shows which medicines you have prescriptions for. It also shows what you have collected and when. The list is called the National Medicines List. The pharmacy sees your prescriptions when you collect. The care service may see the list if you say yes. You can also ask the pharmacy for the list on paper.

pickup = You can collect your medicine at any pharmacy. Bring ID, for example a driving licence or an ID card. ID is a card that shows who you are. Is someone else collecting for you? Then the person brings your ID and their own. The person also needs to know what the medicine is called. You can also give the person a power of attorney. You learn more about that in another lesson.

q2 = You are going to collect your medicine at the pharmacy. What do you bring?
q2-hint = The pharmacy wants to know that it really is you.
q2-a1 = ID, for example a driving licence or an ID card
q2-a1-fb = Yes, exactly! The prescription is already in the pharmacy's computer.
q2-a2 = A paper from the doctor
q2-a2-fb = The prescription is already in the pharmacy's computer. You need no paper. Bring ID.
q2-a3 = My BankID code
q2-a3-fb = You never tell anyone your code. The pharmacy wants to see your ID.

online = You can also order medicine from a pharmacy online. Log in with BankID on the pharmacy's site or in its app. There you see your prescriptions. Choose whether the parcel should come to your home or to a pick-up point. A pick-up point is a shop where you collect parcels. Show ID when you collect.

fake = There are fake pharmacies online. They sell medicine without a prescription, often cheaply. The medicine can be fake and dangerous. A real online pharmacy has a special EU symbol. Tap it. Then you should come to the Swedish Medical Products Agency's list of approved pharmacies. Preferably type the address of a pharmacy you know yourself.

q3 = A website sells cheap medicine without a prescription. What do you think?
q3-hint = What can happen with medicine from an unknown site?
q3-a1 = Good, then I don't have to see the doctor
q3-a1-fb = The medicine can be fake and dangerous. Buy from a pharmacy you know instead.
q3-a2 = The site may be fake. I would rather buy from a pharmacy I know.
q3-a2-fb = Yes, exactly! Prescription medicine you buy only from real pharmacies.

outro = Well done! Now you know how to renew a prescription and where to see your prescriptions. Bring ID to the pharmacy. Unsure about a medicine? Ask at the pharmacy, or call 1177 day and night.

keywords =
    Prescription: what is needed to get some medicines.
    E-prescription: a prescription kept in the computer.
    Renew a prescription: ask for more of the same medicine.
    National Medicines List: a list of your prescriptions and what you have collected.
    ID: a card that shows who you are, for example a driving licence.
    Pick-up point: a shop where you collect parcels.

# The practice fornya-recept (scenarios/fornya-recept.toml)
fornya-recept-titel = Renew a prescription
fornya-recept-uppgift = Your medicine for high blood pressure is running out soon. Log in to the Care app with BankID. Ask to renew the prescription. Write a line to the care service. The code on the note is only for practice. You never write down your real code. Nothing real happens.
fornya-recept-tips = Read what the phone says. What should you do now?
fornya-recept-slut = You logged in and asked to renew the prescription. In real life you do this on 1177.se. The care service answers there after a few days. Then you can collect the medicine at a pharmacy.
fornya-recept-lapp = Practice code: 305817
fornya-recept-app-rad = Care app
fornya-recept-app-rubrik = Care app
fornya-recept-app-text = Here you can manage your care. Log in first.
fornya-recept-logga-in = Log in with BankID
fornya-recept-bankid-rad = BankID
fornya-recept-vem-rubrik = The Care app wants you to log in
fornya-recept-vem-text = Is it you who wants to log in? Then type your code and press Identify.
fornya-recept-identifiera = Identify
fornya-recept-avbryt = Cancel
fornya-recept-kod-tips = The code was not right. Look at the note. Type all six digits. Then press Identify.
fornya-recept-avbryt-tips = It is you who wants to log in. Type the code instead.
fornya-recept-hem-rubrik = Hello! You are logged in.
fornya-recept-fornya = Renew prescription
fornya-recept-boka = Book an appointment
fornya-recept-lista = Medicines List
fornya-recept-fornya-tips = You are going to renew a prescription. Press Renew prescription.
fornya-recept-lista-rubrik = Your prescriptions
fornya-recept-lista-1 = Medicine for high blood pressure. Last collected 2 March.
fornya-recept-lista-2 = Cream for dry skin. Last collected 10 January.
fornya-recept-tillbaka = Back
fornya-recept-valj-fraga = Which prescription do you want to renew?
fornya-recept-blodtryck = Medicine for high blood pressure
fornya-recept-salva = Cream for dry skin
fornya-recept-valj-tips = It is the medicine for high blood pressure that is running out.
fornya-recept-rad-etikett = Write a line to the care service, for example: I have tablets left for ten days.
fornya-recept-skicka = Send
fornya-recept-skicka-tips = Write a line in the box first. Then press Send.
fornya-recept-skickat-rubrik = Thank you! Your request has been sent.
fornya-recept-skickat-text = The care service answers within a few days. You get a message when the prescription is ready.
