title = Where do I get help?
summary = You now know where to get help after the course. You can ask the library, the tutors, a SeniorNet Sweden club or the municipality's digital guide. If it is about the bank, you call the number on your card. You never call a number that someone gives you on the phone.

intro = The course will soon be over. But you will have more questions. That is completely normal. Here you find out where you can turn.

library = The library in your municipality is happy to help. There are often computers that you can use. Ask the staff if you need help with the computer or the phone.
library-alt = Three boxes. The first shows a building with pillars: the library. The second shows two people: tutors. The third shows the back of a bank card with a phone number: the card's number.

tutors = You can also ask the tutors on the course. They know what you have practised. Ask them before the course ends. They can tell you where to keep practising.

clubs = SeniorNet Sweden has clubs in many towns. There, older people teach older people. You can go there and practise at a calm pace. Ask the library if there is a club near you.

guide = Many municipalities have a digital guide. This is a person who helps you with the computer and the phone. Call the municipality and ask if there is one where you live.

q-who = Who can you ask for help with the computer after the course?
q-who-hint = Think of the places and people you just read about.
q-who-a1 = The library or a club for seniors
q-who-a1-fb = Yes, exactly! There you get help at a calm pace.
q-who-a2 = Someone who calls and wants to help me
q-who-a2-fb = A stranger who calls may want to trick you. Ask the library or a club instead.
q-who-a3 = Nobody, I have to manage on my own.
q-who-a3-fb = You do not have to manage alone. The library and the clubs are happy to help.

bank = Is it about your bank? Call the number on the back of your bank card. Never call a number that someone gives you on the phone. It could be a fraudster, that is someone who wants to trick you.
bank-alt = On the left, the back of a bank card with a phone number, and a green tick: the number on the card. On the right, a phone where a stranger calls and says Call us on 0900, and a red cross: the number in a call.

q-bank = Someone calls and says: Call the bank on this number. What do you do?
q-bank-hint = Where is the bank's real number? Think of the picture you just saw.
q-bank-a1 = I call the number I was given.
q-bank-a1-fb = The number may go to a fraudster. Call the number on your bank card instead.
q-bank-a2 = I call the number on my bank card.
q-bank-a2-fb = Yes, exactly! Then you know you are talking to your real bank.

outro = You are not alone. There is always someone to ask. Better to ask for help once too often than once too little.

keywords =
    SeniorNet Sweden: clubs where older people teach older people.
    Digital guide: a person at the municipality who helps you with the computer.
    The number on your card: your bank's real number, on the back of your bank card.
    Fraudster: a person who wants to trick you.
