title = Getting started with the computer
summary = You now know what the screen, the keyboard and the mouse do. You know how to start the computer. You also know that you cannot break it by pressing the wrong key. And you know how to ask for help.

intro = Welcome to the course! We begin with the computer itself. Take all the time you need. No clock is ticking. Press Next when you want to go on.

parts = A computer has a few parts. The screen shows text and pictures. The keyboard has keys with letters. The mouse moves a small arrow on the screen.
parts-alt = A picture of a computer. Arrows point to three parts: the screen at the top, the keyboard below it and the mouse beside it.

laptop = Some computers can be folded shut. They are called laptops. The screen and the keys sit together in one piece. There is often a flat pad instead of a mouse.

q-screen = Which part of the computer shows text and pictures?
q-screen-hint = Think of the part you look at all the time.
q-screen-a1 = The screen
q-screen-a1-fb = Yes, exactly! The screen shows everything you do.
q-screen-a2 = The mouse
q-screen-a2-fb = The mouse moves the arrow. It is the screen that shows text and pictures.
q-screen-a3 = The keyboard
q-screen-a3-fb = You type with the keyboard. It is the screen that shows text and pictures.

start = The computer starts with a button. The button often has a ring with a line. Press it once and let go. It can take a while before the computer is ready. Wait calmly until you see a picture.
start-alt = A round button with a ring and a line. The text says: The start button. Press once. Wait calmly.

no-harm = Many people are afraid of doing something wrong. But you cannot break the computer by pressing the wrong key. If something odd happens, you can usually go back. You can always ask for help.

q-wrong = You press the wrong key. What happens then?
q-wrong-hint = Think of what you just read about making mistakes.
q-wrong-a1 = The computer breaks.
q-wrong-a1-fb = The computer does not break from one press. You can go back or ask for help.
q-wrong-a2 = Nothing dangerous. I can go back or ask.
q-wrong-a2-fb = Yes, exactly! Pressing the wrong key is part of learning.

help = During the course there are tutors. A tutor is a person who helps you. Press the button I want help. Then a tutor sees that you have a question.

outro = Well done! Now you know what a screen, a keyboard and a mouse are. The next lesson is about the mouse.

keywords =
    Screen: the part of the computer that shows text and pictures.
    Keyboard: the keys you type with.
    Mouse: the small thing that moves the arrow on the screen.
    Laptop: a computer you can fold shut.
    Tutor: a person on the course who helps you.
