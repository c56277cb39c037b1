title = Fake text messages
summary = You now know that thieves send fake text messages about parcels and about the bank. You never tap the link in such a message. You can forward it to 7726 and then delete it. If you are unsure, you call the bank on the number on your card.

intro = A text message, or SMS, is a short message on your phone. Thieves often send fake text messages. They seem to come from the post or the bank. The message has a link they want you to tap.

parcel = A common fake message says that your parcel is waiting. You have to pay a small fee through a link. It is an attempt to get your card number. Do not tap the link.
parcel-alt = A phone with a text message from Parcel info: Your parcel is waiting. Pay a fee of 29 kronor here, followed by a link. Next to it, it says: Fake! Do not tap. Send to 7726.

real-fee = The post only charges fees for parcels from countries outside the EU. Then you pay on the post's own website or in its app. An app is a program on the phone. You never pay through a link in a text message.

q-parcel = You get a text: Your parcel is waiting. Pay 29 kronor here. What do you do?
q-parcel-hint = Think of how you pay a real fee to the post.
q-parcel-a1 = I tap the link and pay. It is only a little money.
q-parcel-a1-fb = Not quite. The thief wants your card number, not 29 kronor. Do not tap the link.
q-parcel-a2 = I do not tap the link.
q-parcel-a2-fb = Yes, exactly! The post never asks you to pay through a link in a text message.
q-parcel-a3 = I reply to the message and ask.
q-parcel-a3-fb = Not quite. Then the thief knows your number is in use. Do not reply, and do not tap the link.

bank = Other fake messages say that your card is blocked. Or that you must call a number to block it. Do not call that number. Call the bank yourself, on the number printed on your card.

signs = This is how you spot a fake message. It is in a hurry. You have to pay or log in. There is a strange link. The language is often a little wrong.

forward = You can forward fake messages to the number 7726. The phone companies use that number for such messages. Then delete the message. The number may change, so ask your phone company what applies today.

q-forward = Where can you send a fake text message?
q-forward-hint = Feel free to go back and read about the number the phone companies use.
q-forward-a1 = To 7726
q-forward-a1-fb = Yes, exactly! Send it there, and then delete it.
q-forward-a2 = Back to the person who sent it
q-forward-a2-fb = Not quite. Then the thief knows your number is in use. Send it to 7726 instead.
q-forward-a3 = To all my friends
q-forward-a3-fb = Not quite. Then they could be tricked. Do tell them about it, but send the message to 7726.

outro = Well done! Never tap links in text messages about parcels or the bank. Send them to 7726 and delete them.

keywords =
    Text message: a short message on the phone.
    Link: a text you tap. In a fake text it leads to a fake page.
    Fee: the post only charges it for parcels from outside the EU. You never pay through a text.
    7726: the number you can forward fake text messages to.
