title = Updates
summary = You now know that an update fixes faults and makes the computer safer. A real update comes from the computer or phone itself. It never comes from a box on a web page. Say yes when the computer itself asks.

intro = The computer and the phone sometimes get new and better programs. This is called an update. It fixes faults and makes things better.

why = Thieves on the net look for faults in old programs. The faults are like holes in a fence. An update mends the holes. That is why it is wise to update.

real = A real update comes from the computer itself. It shows a calm box in the corner of the screen. You can also find it under Settings. It never asks for money or card numbers.
real-alt = On the left, a computer screen with a small box in the corner: Update available. Below it a green tick: From the computer. On the right a red box: Your computer is in danger! and a button: Update now. Below it a red cross: From a page.

fake = A fake update pops up on a web page. It may flash and warn: Your computer is in danger! It wants you to click or call a number. Do not click. Close the web page.

q-fake = A web page says: Update now, or you will lose everything! What do you do?
q-fake-hint = Think of where a real update comes from.
q-fake-a1 = I click Update.
q-fake-a1-fb = The box comes from a web page, not from the computer. Close the page instead.
q-fake-a2 = I do not click, and I close the page.
q-fake-a2-fb = Yes, exactly! A real update never comes from a web page.
q-fake-a3 = I call the number shown there.
q-fake-a3-fb = The number goes to someone who wants to trick you. Close the page instead.

do-it = When the computer itself asks about an update, do say yes. Does the computer have a charger? Plug it in first. The computer may need to switch off and start again. This is called a restart. It can take a while, so be patient.

windows = In the end an old computer gets no more updates. That is true of Windows 10. On 14 October 2025 Microsoft stopped fixing faults in it. Does your computer have Windows 10? Ask someone for help. Perhaps the computer can get Windows 11, or you may need a newer computer.

q-where = Where does a real update come from?
q-where-hint = Think of the picture with a green tick and a red cross.
q-where-a1 = From the computer itself, or under Settings
q-where-a1-fb = Yes, exactly! It comes from the computer or the phone itself.
q-where-a2 = From a flashing box on a web page
q-where-a2-fb = Such a box is fake. The real one comes from the computer itself.
q-where-a3 = From someone who calls me
q-where-a3-fb = Nobody calls to update your computer. The real one comes from the computer itself.

outro = Well done! Updates make the computer safer. Accept them when the computer itself asks. But never from a box on a web page.

keywords =
    Update: a new and better program. It fixes faults.
    Settings: where you find the computer's choices and real updates.
    Fake update: a box on a web page that warns you and wants you to click.
