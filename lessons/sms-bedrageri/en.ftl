title = Fake text messages
summary = You now know that thieves send fake text messages about parcels and about the bank. You never tap the link in such a message. You can forward it to 7726 and then delete it. If you are unsure, you call the bank on the number on your card.

intro = A text message, or SMS, is a short message on your phone. Thieves often send fake text messages. They seem to come from the post or the bank. The message has a link they want you to tap.

parcel = A common fake message says that your parcel is waiting. You have to pay a small fee through a link. It is an attempt to get your card number. Do not tap the link.
parcel-alt = A phone with a text message from Parcel info: Your parcel is waiting. Pay a fee of 29 kronor here, followed by a link. Next to it, it says: Fake! Do not tap. Send to 7726.

real-fee = Sometimes you must pay customs and VAT for a parcel. That is for parcels from countries outside the EU. Then PostNord may send you a text message about it. Still, do not tap the link. Open the PostNord app, or type postnord.se yourself. There you see if you have anything to pay. An app is a program on the phone.

q-parcel = You get a text: Your parcel is waiting. Pay 29 kronor here. What do you do?
q-parcel-hint = Think of how you pay a real fee to the post.
q-parcel-a1 = I tap the link and pay. It is only a little money.
q-parcel-a1-fb = The thief wants your card number, not 29 kronor. Do not tap the link.
q-parcel-a2 = I do not tap the link.
q-parcel-a2-fb = Yes, exactly! Do you want to know if you have anything to pay? Open the PostNord app, or type postnord.se yourself.
q-parcel-a3 = I reply to the message and ask.
q-parcel-a3-fb = Then the thief knows your number is in use. Do not reply, and do not tap the link.

bank = Other fake messages say that your card is blocked. Or that you must call a number to block it. Do not call that number. Call the bank yourself, on the number printed on your card.

signs = This is how you spot a fake message. It is in a hurry. You have to pay or log in. There is a strange link. But the language may be quite right. Thieves often write good Swedish today.

forward = You can forward fake messages to the number 7726. The phone companies use that number for such messages. Then delete the message. The number may change, so ask your phone company what applies today.

q-forward = Where can you send a fake text message?
q-forward-hint = Feel free to go back and read about the number the phone companies use.
q-forward-a1 = To 7726
q-forward-a1-fb = Yes, exactly! Send it there, and then delete it.
q-forward-a2 = Back to the person who sent it
q-forward-a2-fb = Then the thief knows your number is in use. Send it to 7726 instead.
q-forward-a3 = To all my friends
q-forward-a3-fb = Then they could be tricked. Do tell them about it, but send the message to 7726.

outro = Well done! Never tap links in text messages about parcels or the bank. Send them to 7726 and delete them. Does someone then call and say they are the bank? Remember the police's three steps: Hang up. Don't log in. Don't trust the caller.

keywords =
    Text message: a short message on the phone.
    Link: a text you tap. In a fake text it leads to a fake page.
    Customs and VAT: what you may have to pay for parcels from outside the EU. Check in the PostNord app or on postnord.se, not through a link.
    7726: the number you can forward fake text messages to. Ask your phone company if the number still applies today.
# The practice falska-sms (scenarios/falska-sms.toml)
falska-sms-titel = Two fake text messages
falska-sms-uppgift = You have got text messages. Some of them are fake. Open them and choose what you do. Forward the fake message about the parcel to 7726. Then delete it. Press the buttons on the phone. Nothing real happens.
falska-sms-tips = Does the message want you to do something quickly with money? Then it is probably fake.
falska-sms-slut = The right thing is not to tap the link and not to call the number in the message. You forwarded the fake message to 7726. Then you deleted it. Do the same when you get a fake message for real.
falska-sms-meddelanden = Messages
falska-sms-samtal = Phone
falska-sms-paket-fran = Paketbolaget
falska-sms-paket-kort = Your parcel is waiting. Pay customs…
falska-sms-paket-text = Your parcel is waiting. Pay 29 kr in customs today, or it will be sent back. Pay here:
falska-sms-paket-lank = paket-tull.example/betala
falska-sms-svara = Reply to the message
falska-sms-svara-tips = Do not reply. Then the thief knows that your number works. Delete the message instead.
falska-sms-ta-bort = Delete the message
falska-sms-anna-fran = Anna
falska-sms-anna-text = See you on Friday? Hugs!
falska-sms-till-alla = To all messages
falska-sms-klart-paket = Done: The fake message about the parcel has been deleted.
falska-sms-nytt = A new message has arrived.
falska-sms-bank-fran = The bank
falska-sms-kort-kort = Your card is blocked…
falska-sms-kort-text = Your card is blocked. Call 070-174 06 66 now, and we will open it again.
falska-sms-ring-numret = Call the number in the message
falska-sms-ring-banken = Call the bank on the number on your card
falska-sms-banken-namn = The bank, number on the card
falska-sms-banken-svar = – Hello! Your card is not blocked. The message did not come from us. Delete it.
falska-sms-lagg-pa = Hang up
falska-sms-klar-text = Now the fake messages are gone.
falska-sms-lank-titel = You pressed the link
falska-sms-lank-text = If this had been real, you would have come to a fake page. There the thief wants your card number. Never press a link in a message that wants money. Not sure? Go to the company's own page or app yourself.
falska-sms-ring-titel = You called the number in the message
falska-sms-ring-text = If this had been real, you would have talked to a thief. He would have asked for your code, or asked you to log in. Call the bank on the number on your card instead.
falska-sms-vidare = Forward to 7726
falska-sms-vidare-rubrik = Forward
falska-sms-vidare-till = To: 7726
falska-sms-vidare-skicka = Send
falska-sms-vidare-klart = Done: The message has been sent to 7726. Now delete it.
falska-sms-ta-bort-tips = First forward the message to 7726. Then the phone companies can stop more such messages. Then delete it.
