title = Fake investments and fake love
summary = You now know that thieves tempt you with quick money or with love. They build up your trust, and then they want money. You never send money to someone you only know from the net. You never get an app because someone asks you to. You ask your bank and someone you trust.

intro = Two common frauds take a long time. The thief becomes your friend for weeks or months. Then the thief wants money. One is about making money grow. The other is about love.

invest = You see an advert on the net. In the advert, a famous person tells of a new way to get rich. You only need to put in a little money. But the advert is fake. The famous person knows nothing about it. Then a friendly salesperson calls, who sounds like an expert.

invest-more = The salesperson shows you how your money grows. But the figures are made up. Soon the salesperson wants you to put in more. Often you are asked to get an app, so that the salesperson can help you. With the app the thief can see and control your phone or computer. You never get the money back.

q-invest = A friendly man calls. He knows a safe way to make your money grow fast. He wants you to get an app, so that he can help you. What do you do?
q-invest-hint = Who should be allowed to control your phone?
q-invest-a1 = I get the app. He seems to know his stuff.
q-invest-a1-fb = With the app he can control your phone and take your money. Hang up.
q-invest-a2 = I hang up and ask my bank.
q-invest-a2-fb = Yes, exactly! Quick and safe money does not exist. Ask your bank if you want to save.
q-invest-a3 = I put in a little money first, to try.
q-invest-a3-fb = The thief shows made-up gains, and then he wants more. Hang up.

love = Fake love often starts on the net. Someone writes to you and is warm and kind. You write to each other every day. But you can never meet. They live far away, or work on a ship. They never want to be seen on a video call either.

love-money = After a while something happens. They need money for a ticket, for a doctor or for customs. Soon they need more. Never send money to someone you only know from the net. That goes even if you like them.

q-love = You have been writing to Tom for three months. You have never met. Now he needs money for a ticket to come and see you. What do you do?
q-love-hint = Have you met for real?
q-love-a1 = I send the money. We like each other, after all.
q-love-a1-fb = Someone who only exists on the net and asks for money is nearly always a thief. Talk to someone you trust.
q-love-a2 = I send half the amount now.
q-love-a2-fb = Then he will ask for more. Send no money.
q-love-a3 = I send no money. I talk to someone I trust.
q-love-a3-fb = Yes, exactly! Never send money to someone you only know from the net.

signs = This is how you spot the tricks. Someone promises that you will get rich fast. Someone says it is completely without risk. It is urgent, or it has to be a secret. Someone wants to control your phone or computer. Someone you have never met asks for money.

help = It is not embarrassing to be tricked. The thieves are skilled, and it can happen to anyone. Tell someone you trust. Have you sent money? Call your bank at once, on the number on your card. Then report it to the police on 114 14. If you are in danger, call 112.

q-back = You have been tricked. Now someone calls and says: We can get your money back. It only costs a small fee. What do you do?
q-back-hint = Who calls someone who has just been tricked?
q-back-a1 = I pay the fee, and I get everything back.
q-back-a1-fb = It is often the same thieves calling again. Hang up and talk to your bank and the police.
q-back-a2 = I hang up. That is a trick too.
q-back-a2-fb = Yes, exactly! Real help never charges you to get stolen money back. Talk to your bank and the police.

outro = Well done! Never send money to someone you only know from the net. Let nobody control your phone. Remember the police's three steps: Hang up. Don't log in. Don't trust the caller.

keywords =
    Invest: put in money so that it will grow.
    Fake advert: an advert where a famous person is said to make money. It is made up.
    Remote-control app: an app that lets someone else control your phone or computer.
    Fake love: someone on the net who pretends to be in love to get money.
    The police's three steps: Hang up. Don't log in. Don't trust the caller.
# The practice ny-van (scenarios/ny-van.toml)
ny-van-titel = A friend from the net
ny-van-uppgift = You have been writing to Tom for a few weeks. You have never met. Now he has sent a new text message. Read it and choose what you do. Press the buttons on the phone. Nothing real happens.
ny-van-tips = Send no money. Talk to someone you trust.
ny-van-slut = You sent no money, and you did not reply. You asked Lisa, whom you trust. Do the same for real. Never send money to someone you only know from the net.
ny-van-meddelanden = Messages
ny-van-samtal = Phone
ny-van-tom-namn = Tom
ny-van-tom-kort = Hi my friend! Listen to this…
ny-van-tom-text = Hi my friend! Listen to this. I have found a safe way to make money grow. I made 40,000 kronor in a week! Put in 5,000 kronor today, and I will help you. But don't tell anyone. It is our secret.
ny-van-tom-lank = vinst-snabbt.example
ny-van-satt-in = Put in 5,000 kronor
ny-van-svara = Reply: How much can I make?
ny-van-svara-tips = Do not answer questions about money. First talk to someone you trust.
ny-van-ring-lisa = Call Lisa and ask what she thinks
ny-van-lisa-namn = Lisa
ny-van-lisa-gammalt = We are coming on Sunday. Hugs!
ny-van-lisa-svar = – Good that you called, mum! Quick money and a secret. That sounds like a trick. Send no money, and do not reply to Tom.
ny-van-till-alla = To all messages
ny-van-lagg-pa = Hang up
ny-van-efter-text = Lisa is right. Do not reply to Tom. Delete his text.
ny-van-ta-bort = Delete the message
ny-van-klar-text = The text from Tom is gone.
ny-van-satte-in-titel = You put in money
ny-van-satte-in-text = If this had been real, the money would have gone to a thief. The gains Tom tells you about are made up. Soon he would have wanted more. Never send money to someone you only know from the net.
ny-van-lank-titel = You tapped the link
ny-van-lank-text = If this had been real, you would have come to a fake page. There the money seems to grow, but the figures are made up. Do not tap the link. Talk to someone you trust.
