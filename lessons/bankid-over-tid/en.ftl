title = BankID over time
summary = You now know that BankID has an end date and that you renew it before it runs out. For that you need a Swedish passport or national ID card, and a phone that can read it. If you change phones, you move BankID or get a new one in the bank's app. If you lose your phone, you call the bank at once and block BankID. A text with a link about BankID is fake.

intro = Your BankID does not work for ever. It has an end date, just like a passport. Often it is valid for three or five years. That depends on your bank. Ask the bank if you are not sure.

renew = Some time before BankID runs out, the app or the bank tells you. Then it is time to renew it. To renew means that you get a new BankID that lasts longer. Do it before the old one runs out. Then you can use the old one to get the new one. You do it in the bank's app or on the bank's website.

q-renew = The BankID app says: Your BankID will soon run out. What do you do?
q-renew-hint = What is easier, before or after the end date?
q-renew-a1 = I renew it in the bank's app, before it runs out.
q-renew-a1-fb = Yes, exactly! Then you can use your old BankID to get the new one.
q-renew-a2 = I wait until it stops working.
q-renew-a2-fb = Then it gets harder. Renew it before it runs out.
q-renew-a3 = I tap the link in a text message about BankID.
q-renew-a3-fb = Texts about BankID can be fake. Open the bank's app yourself instead.

id-card = When you get or renew BankID, you have to show who you are. For that you need a Swedish passport or a national ID card. You order a national ID card from the police. A driving licence is not enough. You hold the passport or the card against the phone. The phone then reads it. This is called NFC, and most new phones have it. The rules may change, so ask your bank what applies today.

q-id = What do you need to renew BankID on your phone?
q-id-hint = The phone has to be able to read it. That does not work with every card.
q-id-a1 = My driving licence
q-id-a1-fb = The phone cannot read a driving licence. You need a passport or a national ID card.
q-id-a2 = A Swedish passport or a national ID card
q-id-a2-fb = Yes, exactly! You hold it against the phone, and the phone reads it.
q-id-a3 = A photo of my bank card
q-id-a3-fb = A bank card does not show who you are. You need a passport or a national ID card. Never send a photo of your cards to anyone.

new-phone = Do you have a new phone? Then you move your BankID to it, or get a new one. You do that in the bank's app. Often you use the BankID on the old phone for that. Keep both phones next to each other then. Only remove BankID from the old phone once the new one works. Are you selling or giving away the old phone? Ask the bank to block the BankID on it.

lost = Have you lost your phone? Or has someone stolen it? Block your BankID at once. To block means that nobody can use it any more. Call your bank. The number is on your bank card and on the bank's website. Then call your phone company. They can switch off your number on that phone.

q-lost = Your phone has been stolen. What do you do first?
q-lost-hint = Who can block your BankID?
q-lost-a1 = I wait and see if someone hands it back.
q-lost-a1-fb = Block it first. If you get the phone back, you can get a new BankID.
q-lost-a2 = I call my bank and block BankID.
q-lost-a2-fb = Yes, exactly! The number is on your bank card. Then call your phone company.
q-lost-a3 = I send a text message to my phone.
q-lost-a3-fb = That does not help. Call your bank and block BankID.

fake = Thieves sometimes send texts or emails saying that your BankID is running out. They want you to tap a link. Do not tap it. Open the bank's app or the BankID app yourself. There you see if you need to renew. You can forward a fake text to 7726. Then delete it.

read-first = When you renew, you show who you are with your BankID. First read what the BankID app says. Your bank's name should be there. Only do it when you have started it yourself, in the bank's app.

calls = The bank never calls to ask you to renew or to log in. Does someone call about your BankID? Remember the police's three steps: Hang up. Don't log in. Don't trust the caller. Did you call your bank yourself, on the number on your card? Then the bank may ask you to show who you are with BankID. Make sure the app shows your bank's name.

outro = Well done! Renew BankID before it runs out. If you lose your phone, call the bank at once. Write down the bank's number at home today. Have you been tricked? Call your bank on the number on your card. Then report it to the police on 114 14. If you are in danger, call 112. Does someone call about your BankID? Hang up. Don't log in. Don't trust the caller.

keywords =
    Renew: get a new BankID that lasts longer. Do it before the old one runs out.
    National ID card: an ID card you order from the police.
    NFC: what lets the phone read your passport or ID card.
    Block: switch off, so that nobody can use your BankID.
    The number on the card: the bank's real number. Call it if your phone is gone.
# The practice bankid-gar-ut (scenarios/bankid-gar-ut.toml)
bankid-gar-ut-titel = Your BankID runs out
bankid-gar-ut-uppgift = A text message says that your BankID runs out. So does the BankID app. Delete the fake text. Then renew BankID the right way. Press the buttons on the phone. Nothing real happens.
bankid-gar-ut-tips = Do not tap links in text messages. Renew in the bank's own app.
bankid-gar-ut-slut = You deleted the text without tapping the link. You renewed BankID in the bank's own app, with your passport. And you read what the BankID app said before you tapped. Do the same for real.
bankid-gar-ut-att-sms = Delete the fake text message.
bankid-gar-ut-att-fornya = Renew BankID in the bank's app.
bankid-gar-ut-hemskarm = Home screen
bankid-gar-ut-hem-text = Tap an app to open it.
bankid-gar-ut-meddelanden-nytt = Messages (1 new)
bankid-gar-ut-meddelanden = Messages
bankid-gar-ut-bankid = BankID
bankid-gar-ut-banken = The Bank
bankid-gar-ut-till-hem = To the home screen
bankid-gar-ut-till-alla = To all messages
bankid-gar-ut-falskt-fran = BankID-info
bankid-gar-ut-falskt-kort = Your BankID runs out today…
bankid-gar-ut-falskt-text = Your BankID runs out today! Renew now, or you cannot log in to your bank:
bankid-gar-ut-falskt-lank = bankid-fornya.example
bankid-gar-ut-ta-bort = Delete the message
bankid-gar-ut-klart-sms = Done: The fake text message is deleted.
bankid-gar-ut-karin-fran = Karin
bankid-gar-ut-karin-text = Thanks for the coffee yesterday!
bankid-gar-ut-gar-ut-snart = Your BankID runs out in 30 days. Renew it in your bank's app.
bankid-gar-ut-nytt-klart = Done: Your new BankID works.
bankid-gar-ut-bank-text = What do you want to do?
bankid-gar-ut-betala = Pay a bill
bankid-gar-ut-betala-tips = You are renewing your BankID. Press Renew BankID.
bankid-gar-ut-fornya = Renew BankID
bankid-gar-ut-id-text = First you show who you are. Hold your passport or national ID card against the back of the phone.
bankid-gar-ut-korkort = Hold the driving licence against the phone
bankid-gar-ut-korkort-tips = The phone cannot read a driving licence. Use your passport or ID card.
bankid-gar-ut-pass = Hold the passport against the phone
bankid-gar-ut-fraga-vem = The Bank wants you to show who you are.
bankid-gar-ut-fraga-vad = It is about: Renew your BankID.
bankid-gar-ut-fraga-ovning = No code is needed in this practice.
bankid-gar-ut-avbryt = Cancel
bankid-gar-ut-avbryt-tips = You started this yourself in the bank's app, and your bank is named here. So you can press Identify.
bankid-gar-ut-identifiera = Identify
bankid-gar-ut-lank-titel = You tapped the link
bankid-gar-ut-lank-text = If this had been real, you would have come to a fake page. There the thief wants you to log in with BankID. Then the thief can take your money. Do not tap the link. Delete the text, and open the bank's app yourself.
