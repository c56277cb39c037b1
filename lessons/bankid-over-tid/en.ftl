title = BankID over time
summary = You now know that BankID has a last date and that you renew it before it runs out. For that you need a Swedish passport or national ID card, and a phone that can read it. If you change phones, you move BankID or get a new one in the bank's app. If you lose your phone, you call the bank at once and block BankID.

intro = Your BankID does not work for ever. It has a last date, just like a passport. Often it is valid for three or five years. That depends on your bank.

renew = Some time before BankID runs out, the app tells you. Then it is time to renew it. To renew means that you get a new BankID that lasts longer. Do it before the old one runs out. Then you can use the old one to get the new one. You do it in the bank's app or on the bank's website.

q-renew = The BankID app says: Your BankID will soon run out. What do you do?
q-renew-hint = What is easier, before or after the last date?
q-renew-a1 = I renew it in the bank's app, before it runs out.
q-renew-a1-fb = Yes, exactly! Then you can use your old BankID to get the new one.
q-renew-a2 = I wait until it stops working.
q-renew-a2-fb = Not quite. Then it gets harder. Renew it before it runs out.
q-renew-a3 = I tap the link in a text message about BankID.
q-renew-a3-fb = Not quite. Texts about BankID can be fake. Open the bank's app yourself instead.

id-card = When you get or renew BankID, you have to show who you are. For that you need a Swedish passport or a national ID card. You order a national ID card from the police. A driving licence is not enough. You hold the passport or the card against the phone. The phone then reads it. This is called NFC, and most new phones have it. The rules may change, so ask your bank what applies today.

q-id = What do you need to renew BankID on your phone?
q-id-hint = The phone has to be able to read it. That does not work with every card.
q-id-a1 = My driving licence
q-id-a1-fb = Not quite. The phone cannot read a driving licence. You need a passport or a national ID card.
q-id-a2 = A Swedish passport or a national ID card
q-id-a2-fb = Yes, exactly! You hold it against the phone, and the phone reads it.
q-id-a3 = A photo of my bank card
q-id-a3-fb = Not quite. Never take a photo of your card for anyone. You need a passport or a national ID card.

new-phone = Do you have a new phone? Then you move your BankID to it, or get a new one. You do that in the bank's app. Often you use the BankID on the old phone for that. Keep both phones next to each other then. Only remove BankID from the old phone once the new one works. Are you selling or giving away the old phone? Ask the bank to block the BankID on it.

lost = Have you lost your phone? Or has someone stolen it? Block your BankID at once. To block means that nobody can use it any more. Call your bank. The number is on your bank card and on the bank's website. Then call your phone company. They can switch off your number on that phone.

q-lost = Your phone has been stolen. What do you do first?
q-lost-hint = Who can block your BankID?
q-lost-a1 = I wait and see if someone hands it back.
q-lost-a1-fb = Not quite. Block it first. If you get the phone back, you can get a new BankID.
q-lost-a2 = I call my bank and block BankID.
q-lost-a2-fb = Yes, exactly! The number is on your bank card. Then call your phone company.
q-lost-a3 = I send a text message to my phone.
q-lost-a3-fb = Not quite. That does not help. Call your bank and block BankID.

fake = Thieves sometimes send texts or emails saying that your BankID is running out. They want you to tap a link. Do not tap it. Open the bank's app or the BankID app yourself. There you see if you need to renew. Does someone call about your BankID? Remember the police's three steps: Hang up. Don't log in. Don't trust the caller.

outro = Well done! Renew BankID before it runs out. If you lose your phone, call the bank at once. Write down the bank's number at home today. Have you been tricked? Call your bank on the number on your card. Then report it to the police on 114 14. If you are in danger, call 112. Does someone call about your BankID? Hang up. Don't log in. Don't trust the caller.

keywords =
    Renew: get a new BankID that lasts longer. Do it before the old one runs out.
    National ID card: an ID card you order from the police.
    NFC: what lets the phone read your passport or ID card.
    Block: switch off, so that nobody can use your BankID.
    The number on the card: the bank's real number. Call it if your phone is gone.
