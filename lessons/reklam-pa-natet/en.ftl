title = Ads on the net
summary = You now know that advertising on the net comes as ads. You look for the word Ad to see what is advertising. You never click a box that says you have won. You never call a number that a frightening box shows.

intro = Many web pages show advertising. An ad is advertising that someone has paid for. It wants you to buy something or to click. Ads are common and usually not dangerous.

tell = Ads are often marked with the word Ad or Sponsored. They can flash or move. They often sit at the side of the text. Sometimes they look like ordinary news, so look carefully.
tell-alt = A web page with news. On the right there is a yellow box marked, in Swedish, Ad. It says Buy now! Only today, and has a button with the word Click.

q-tell = How can you tell that something is an ad?
q-tell-hint = What did it say at the top of the yellow box? Feel free to go back and look at the picture.
q-tell-a1 = It says Ad or Sponsored next to it.
q-tell-a1-fb = Yes, exactly! Look for those words.
q-tell-a2 = It always has blue text.
q-tell-a2-fb = Ads can have any colour. Look for the word Ad.
q-tell-a3 = It is only shown in the evening.
q-tell-a3-fb = Ads are shown all day and night. Look for the word Ad.

won = Sometimes a box pops up saying that you have won. It is an attempt to trick you. Nobody gives away a phone because you read a page. Do not click in the box.
won-alt = A web page. On top of it lies a box with a red border. It says Congratulations! You have won! and has a red button: Collect your prize. Next to it, it says: Do not click!

close = Do you want to get rid of the box? Do not click anything in it. Close the whole window with the cross at the top right. Never type your name or card number into such a box.

q-won = It says: Congratulations, you have won a new phone! What do you do?
q-won-hint = Think of what you read about boxes that say you have won.
q-won-a1 = I click to collect the prize.
q-won-a1-fb = There is no prize. The box wants to trick you. Close the window instead.
q-won-a2 = I do not click in the box, and I close the window.
q-won-a2-fb = Yes, exactly! Then the box cannot trick you.
q-won-a3 = I type in my card number for the postage.
q-won-a3-fb = Then someone can take your money. Never type a card number into such a box.

scare = Some boxes want to frighten you. They may say that the computer has a virus. A virus is a harmful program. Or they say that you must call a number at once. Do not call. Close the window and ask someone you trust.

outro = Well done! Ads are common on the net. Look for the word Ad. And never trust a box that says you have won.

keywords =
    Ad: an advert that someone has paid for.
    Sponsored: another word for an ad.
    Virus: a harmful program. A box that says you have a virus often wants to trick you.
