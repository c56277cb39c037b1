title = The phone
summary = You now know how to tap, swipe and hold your finger on the screen. You can make the text bigger. You get apps only from the phone's own app store, and you accept updates. A screen lock protects the phone if you lose it.

intro = A smartphone is like a small computer in your pocket. You control it with your finger on the screen. The screen is the smooth glass where everything shows. The phone does not break if you press the wrong thing.

touch =
    You touch the screen in three ways.
    Tap: touch the screen lightly once and let go.
    Swipe: slide your finger across the screen, for example upwards.
    Hold: press and wait a moment before you let go.
touch-picture = Here you see the three ways in a picture: tap, swipe and hold.
touch-alt = Three phones. On the first, a finger touches the screen once: Tap. On the second, an arrow goes up from the finger: Swipe. On the third, a small clock is above the finger: Hold.

q-scroll = You are reading a long text on the phone. How do you see the rest of the text?
q-scroll-hint = Think of the three ways to touch the screen.
q-scroll-a1 = I press hard on the screen.
q-scroll-a1-fb = You never need to press hard. Swipe instead: slide your finger upwards.
q-scroll-a2 = I swipe upwards with my finger.
q-scroll-a2-fb = Yes, exactly! The text moves up, and you see more.
q-scroll-a3 = I hold my finger still for a long time.
q-scroll-a3-fb = That often opens a small menu. Swipe upwards instead.

text-size = Is the text too small? You can make it bigger. Open the Settings app. It has a cogwheel. Look for Display or Text. There you often find Text size. Drag the slider to the right. The words may differ a little between phones. Ask someone to show you on your own phone.

apps = An app is a program on the phone. You get apps from the phone's own app store. On an iPhone it is called App Store. On other phones it is often called Play Store. Never get an app from a link in a text message. Never get an app because someone on the phone asks you to.

q-app = Someone calls and says: Get this app, and I will help you with the bank. What do you do?
q-app-hint = Who should decide which apps you get?
q-app-a1 = I get the app.
q-app-a1-fb = The app can let a thief control your phone. Hang up.
q-app-a2 = I hang up.
q-app-a2-fb = Yes, exactly! Only get apps you have chosen yourself, from the phone's own app store.
q-app-a3 = I ask for a link in a text message.
q-app-a3-fb = A link can lead to a fake app. Hang up.

update = The phone and its apps need updating now and then. An update fixes faults and makes the phone safer. Often the phone asks by itself, or does it at night. You can also update the apps in the app store. Plug in the charger first if you can.

lock = A screen lock protects the phone. To open it, you type a code. You can also show your finger or your face. If you lose the phone, nobody else gets in. Choose a code that is hard to guess. Use a different code from your BankID code.

q-lock = Why should the phone have a screen lock?
q-lock-hint = Think of what happens if you lose the phone.
q-lock-a1 = So that nobody else gets into it.
q-lock-a1-fb = Yes, exactly! Whoever finds the phone cannot get in.
q-lock-a2 = So that the battery lasts longer.
q-lock-a2-fb = The lock protects what is on the phone, such as your photos and messages.
q-lock-a3 = It is only needed on a new phone.
q-lock-a3-fb = Every phone needs a lock. Without one, whoever finds the phone can read everything.

outro = Well done! Tap, swipe and hold. Make the text bigger if you like. Get apps only from the phone's own app store. Have a screen lock. Does someone call and want you to get an app? Hang up.

keywords =
    Screen: the smooth glass on the phone where everything shows.
    Swipe: slide your finger across the screen.
    App: a program on the phone.
    App store: the phone's own shop for apps, App Store or Play Store.
    Update: a new version that fixes faults.
    Screen lock: a code, your finger or your face that opens the phone.
# The practice mobilen-ovning (scenarios/mobilen-ovning.toml)
mobilen-ovning-titel = Three things on the phone
mobilen-ovning-uppgift = Do three things on the phone. Make the text bigger. Update the apps. Delete a fake text message. Press the buttons on the phone. Nothing real happens.
mobilen-ovning-tips = Start on the home screen. There you find Settings, the App store and Messages.
mobilen-ovning-slut = You made the text bigger under Settings. You updated the apps in the app store. And you deleted the text without tapping the link. You get apps only from the phone's own app store.
mobilen-ovning-att-text = Make the text bigger.
mobilen-ovning-att-uppdatera = Update the apps.
mobilen-ovning-att-sms = Delete the fake text message.
mobilen-ovning-hemskarm = Home screen
mobilen-ovning-hem-text = Tap an app to open it.
mobilen-ovning-installningar = Settings
mobilen-ovning-appbutiken = App store
mobilen-ovning-meddelanden-nytt = Messages (1 new)
mobilen-ovning-meddelanden = Messages
mobilen-ovning-ljud = Sound
mobilen-ovning-ljud-tips = The text size is under Display and text.
mobilen-ovning-skarm = Display and text
mobilen-ovning-till-hem = To the home screen
mobilen-ovning-klart-text = Done: The text is bigger.
mobilen-ovning-textstorlek = Text size
mobilen-ovning-storlek-fraga = How big should the text be?
mobilen-ovning-liten = Small
mobilen-ovning-mellan = Medium, as now
mobilen-ovning-stor = Large
mobilen-ovning-storlek-tips = Choose the largest text: Large.
mobilen-ovning-butik-rubrik = App store
mobilen-ovning-butik-text = Three apps can be updated.
mobilen-ovning-uppdatera = Update all
mobilen-ovning-klart-uppdatera = Done: All apps are up to date.
mobilen-ovning-skydd-fran = Phone protection
mobilen-ovning-skydd-kort = Warning! Your phone has a virus…
mobilen-ovning-skydd-text = Warning! Your phone has a virus. Get our app now, or you will lose everything:
mobilen-ovning-skydd-lank = skydd.example/app
mobilen-ovning-ta-bort = Delete the message
mobilen-ovning-klart-sms = Done: The fake text message is deleted.
mobilen-ovning-karin-fran = Karin
mobilen-ovning-karin-text = See you at the library tomorrow?
mobilen-ovning-till-alla = To all messages
mobilen-ovning-lank-titel = You tapped the link
mobilen-ovning-lank-text = If this had been real, you could have got a fake app. It can let a thief see and control your phone. Get apps only from the phone's own app store. Delete the message.
