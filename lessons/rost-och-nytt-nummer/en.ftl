title = Fake voice and new number
summary = You now know that thieves pretend to be your child or grandchild, in a text message or with a copied voice. They always want money, and it is always urgent. Then you call the old number that you already have. Your family has a code word.

intro = Thieves sometimes pretend to be someone in your family. They write a text: Hi mum, I have a new number. Or they call, with a voice that sounds like your grandchild. They always want money, and it is always urgent.

sms = The text comes from a number you do not have. The writer says that their phone is broken. Then comes a question: Can you pay a bill for me? You will get the money back soon. It sounds like your child. But it is a thief.
sms-alt = A phone with a text from an unknown number: Hi mum! I have a new number. Can you Swish me 4,800 kronor? It is urgent! Next to it is a red cross: Send nothing. And a green tick: Call the old number. Under it, a telephone and the name Anna.

check = This is what you do: Call the old number, the one you already have. Then you reach the real person. Send no money before you have talked to the real person. Do not reply to the text. You can also ask someone else in the family.

q-sms = You get a text: Hi mum! My phone broke. This is my new number. Can you Swish me 4,800 kronor? What do you do?
q-sms-hint = Which number do you know for sure is your child's?
q-sms-a1 = I Swish the money. It is my child, after all.
q-sms-a1-fb = It is easy to want to help. But it may be a thief. First call the old number.
q-sms-a2 = I call the new number.
q-sms-a2-fb = The thief answers there, or nobody at all. Call the old number, the one you already have.
q-sms-a3 = I call my child on the old number.
q-sms-a3-fb = Yes, exactly! Then you reach the real person.

voice = Now there are computers that can copy a voice. The technology is called AI. The thief only needs a short piece of the voice, for example from a film on the net. So the voice on the phone can sound just like your grandchild. It may cry and ask for help with money.

code-word = Agree on a code word in the family. It is a word only you know. Never write it on the net. Does someone call and ask for money? Ask for the code word. If the caller cannot say it, you hang up. Then call the number you already have yourself.

q-voice = Your grandchild Emil calls, crying. He needs money now. The voice sounds just like Emil's. What do you do?
q-voice-hint = A voice can be copied. What does only your family know?
q-voice-a1 = I send money at once. It is urgent.
q-voice-a1-fb = Thieves want things to go fast. Hang up and call back yourself.
q-voice-a2 = I ask for our code word.
q-voice-a2-fb = Yes, exactly! If the caller does not know the code word, you hang up. Then call Emil on the number you already have.
q-voice-a3 = I trust the voice.
q-voice-a3-fb = A voice can be copied. Ask for the code word, or hang up and call back yourself.

help = Have you already sent money? Call your bank at once, on the number on your card. Then report it to the police on 114 14. If you are in danger, call 112. It is not your fault. The thieves are skilled.

outro = Well done! Always call the old number. Ask for the code word. Remember the police's three steps: Hang up. Don't log in. Don't trust the caller.

keywords =
    New number: thieves often say they have a new number. Call the old one.
    AI: computers that can copy a voice.
    Code word: a word only your family knows.
    The police's three steps: Hang up. Don't log in. Don't trust the caller.
# The practice nytt-nummer (scenarios/nytt-nummer.toml)
nytt-nummer-titel = Hi mum, new number
nytt-nummer-uppgift = You have got a text from a number you do not have. Open it and choose what you do. Press the buttons on the phone. Nothing real happens.
nytt-nummer-tips = Which number do you know for sure is Anna's?
nytt-nummer-slut = You called Anna on her old number. She had not sent the text. Do the same for real: call the number you already have before you send any money.
nytt-nummer-meddelanden = Messages
nytt-nummer-samtal = Phone
nytt-nummer-okand-nummer = 070-174 06 23
nytt-nummer-sms-1-kort = Hi mum! My phone broke…
nytt-nummer-sms-1 = Hi mum! My phone broke, so this is my new number. Can you Swish me 4,800 kronor? I have to pay a bill today. You will get the money back on Friday. Hugs!
nytt-nummer-anna-namn = Anna
nytt-nummer-anna-nummer = 070-174 06 12
nytt-nummer-anna-gammalt = Thanks for Sunday! Hugs
nytt-nummer-till-alla = To all messages
nytt-nummer-swisha = Swish 4,800 kronor
nytt-nummer-fraga = Reply: Who is this?
nytt-nummer-du-fragar = You wrote: Who is this?
nytt-nummer-sms-2 = It's me, Anna, of course! Please, mum, it is urgent. I can't talk now.
nytt-nummer-ring-nya = Call the new number
nytt-nummer-ring-nya-tips = The thief answers there, or nobody at all. Call Anna on the number you already have.
nytt-nummer-ring-anna = Call Anna on her old number
nytt-nummer-anna-svar = – Hi mum! No, my phone is fine. I have not sent any text. Don't send any money!
nytt-nummer-lagg-pa = Hang up
nytt-nummer-efter-text = The text came from a thief. Delete it.
nytt-nummer-ta-bort = Delete the message
nytt-nummer-klar-text = The fake text is gone.
nytt-nummer-swish-titel = You sent the money by Swish
nytt-nummer-swish-text = If this had been real, the money would have gone to a thief. It does not come back. Always call the old number first, before you send money.
