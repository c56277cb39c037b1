title = Sending an attachment
summary = An attachment is a file, for example a photo, that comes along with a letter. You can tell it by a paper clip. To send a file along, you click the paper clip or Attach file. Only open attachments that you expected.

intro = Sometimes you want to send a photo with a letter. The photo is then called an attachment. It is like putting a photo in an envelope. An attachment is often shown with a paper clip, the little clip that holds papers together.
intro-alt = A letter and a photo held together by a paper clip.

oppna = Does a letter have an attachment? Then you see a paper clip next to the letter in the inbox. Open the letter. There you see the attachment, often with its name. Click it to look.

q1 = How can you tell that a letter has an attachment?
q1-hint = Think of the little clip that holds papers together.
q1-a1 = The letter is in bold.
q1-a1-fb = Bold means that you have not read the letter yet.
q1-a2 = There is a paper clip next to the letter.
q1-a2-fb = Yes, exactly! The paper clip shows that something comes with the letter.
q1-a3 = The letter has no subject.
q1-a3-fb = The subject says nothing about attachments. Look for a small picture next to the letter.

bifoga = Do you want to send a photo along? First write your letter as usual. Then click the paper clip or Attach file. Choose the photo and click Open. Now the photo shows in the letter.
bifoga-alt = A letter with the button Attach file. Below the text is an attachment called foto.jpg.

kolla = Check that the right photo came along. Did you choose the wrong one? Then you can remove the attachment and choose again. Then click Send, as usual.

q2 = You want to send a photo to your grandchild. How do you get it along?
q2-hint = Look for the same small picture that shows an attachment.
q2-a1 = I click the paper clip or Attach file.
q2-a1-fb = Yes, exactly! Then you choose the photo and click Open.
q2-a2 = I write the name of the photo in the text.
q2-a2-fb = Then only the name comes along, not the photo.
q2-a3 = I hold the photo up to the screen.
q2-a3-fb = That does not get the photo into the computer. It must be in the computer or phone.

varning = Only open attachments that you expected. An unknown attachment can harm your computer. Look carefully at who has sent the letter. Do you know the sender? Call and ask if the letter is real.
varning-alt = A letter from an unknown sender with an attachment. A red cross next to the attachment.

q3 = You get a letter from someone you do not know. It has an attachment that you did not expect. What do you do?
q3-hint = Think of the rule about attachments you did not expect.
q3-a1 = I open the attachment to see what it is.
q3-a1-fb = That is exactly what is dangerous. The attachment can harm your computer.
q3-a2 = I leave the attachment unopened.
q3-a2-fb = Yes, exactly! You can delete the letter. If you do not know who it is from, you open nothing.
q3-a3 = I forward it to a friend.
q3-a3-fb = Then your friend may get into trouble instead. The attachment can harm the computer.

slut = Well done! Now you know what an attachment is. You can send a photo along. And you know to be careful with attachments you did not expect.

keywords =
    Attachment: a file, for example a photo, that comes with a letter.
    Paper clip: the small clip that shows a letter has an attachment.
    Attach file: the button that puts a file in the letter.

# The practice: send a picture to Lisa (scenarios/skicka-bild.toml).
skicka-bild-titel = Send a picture
skicka-bild-uppgift = Send the picture of the flower to Lisa. Write a few words. Press Attach file and choose the picture. Check that the right picture came along. Then press Send. Nothing is really sent.
skicka-bild-tips = Press Attach file and choose the picture of the flower.
skicka-bild-slut = You put the picture in the letter with Attach file. You saw that it was the right picture. Then you sent the letter to Lisa.
skicka-bild-adress = Email
skicka-bild-skriv-rubrik = New message
skicka-bild-till = To:
skicka-bild-lisa-hel = Lisa Ek, lisa.ek@post.example
skicka-bild-amne = Subject: The flower in the garden
skicka-bild-meddelande = Write your letter here
skicka-bild-fil-sol = sunset.jpg
skicka-bild-fil-blomma = flower.jpg
skicka-bild-fil-stuga = cottage.jpg
skicka-bild-bifoga = Attach file
skicka-bild-ta-bort = Remove the attachment
skicka-bild-skicka = Send
skicka-bild-skicka-tips = Look at two things. Have you written a few words? Is the picture of the flower attached? Is it the wrong picture? Press Remove the attachment and choose again.
skicka-bild-bilder-rubrik = Your pictures. Choose a picture.
skicka-bild-bild-sol = Sunset by the sea
skicka-bild-bild-blomma = The flower in the garden
skicka-bild-bild-stuga = The cottage last summer
skicka-bild-till-brevet = To the letter
skicka-bild-skickat-rubrik = Sent
skicka-bild-skickat-text = Your letter with the picture of the flower is on its way to Lisa.
