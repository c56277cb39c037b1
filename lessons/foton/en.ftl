title = Photos on the phone
summary = You take a photo with the Camera app. You see your photos in the Photos app. You send a photo with Share, and choose who gets it. You delete a photo with the bin. Think before you share, and read who gets the photo.

take = The phone has a camera. Open the Camera app. Hold the phone still with both hands. Then tap the big round button. Now you have taken a photo. A photo is also called a picture.

look = All photos are kept in an app. It is often called Photos or Gallery. Open it. Tap a photo, and it becomes big. Slide your finger to the side, and you see the next photo.

send = Do you want to send a photo? Open the photo. Tap Share. The button often looks like a box with an arrow. Then choose who should get the photo. It can go as a text message or an email. Read the name before you send.
send-alt = A phone showing a photo of a flower. Below the photo are two buttons: Share, a box with an arrow, and Delete, a bin.

delete = Did a photo turn out blurry? Open it and tap Delete. The button often looks like a bin. On many phones the photo stays in a bin for a while, often 30 days. There you can get it back if you change your mind. The bin may also be called Recently Deleted.

q1 = You want to send a photo to your grandchild. How do you do it?
q1-hint = Which button sends the photo on?
q1-a1 = I open the photo and tap Share
q1-a1-fb = Yes, exactly! Then you choose your grandchild and tap Send.
q1-a2 = I write the photo's name in a text message
q1-a2-fb = Then only the name goes along, not the photo. Open the photo and tap Share.

think = Think before you share. A photo on the internet can spread to many people. It cannot be taken back. Do not show everyone that you are away. Then thieves know that nobody is at home. Never share a photo of your card, your passport or your codes. Feel free to ask first whether it is all right to share a photo where others can be seen.

q2 = You are going away for two weeks. You have taken a photo of the suitcases. What do you do with it?
q2-hint = Who can see a photo that everyone may see?
q2-a1 = I share it with everyone on the internet
q2-a1-fb = Then thieves can also see that nobody is at home. Share with everyone only when you are home again.
q2-a2 = I send it only to the family
q2-a2-fb = Yes, exactly! Then only the people you chose see that you are away.

q3 = You deleted a photo by mistake that you wanted to keep. What can you do?
q3-hint = Where does a photo go when you delete it?
q3-a1 = Look in the bin in the Photos app
q3-a1-fb = Yes, exactly! The photo stays there for a while. Tap it and choose to get it back.
q3-a2 = Nothing, it is gone forever
q3-a2-fb = Most often it can be got back. Look in the bin in the Photos app. Feel free to ask someone for help.

outro = Well done! Now you can take, look at, send and delete photos. Read who gets the photo before you send. Think before you share something with everyone.

keywords =
    Photo: a picture you take with the phone.
    Share: send something on to someone.
    Bin: where a deleted photo stays for a while.
    Blurry: when the picture is not sharp.

# The practice skicka-foto (scenarios/skicka-foto.toml)
skicka-foto-titel = Send a photo to Lisa
skicka-foto-uppgift = Send the photo of the flower to your daughter Lisa. Then delete the blurry photo of the sun. Nothing real happens.
skicka-foto-tips = Tap a photo to open it. What should you do with it?
skicka-foto-att-skicka = Send the flower to Lisa.
skicka-foto-att-ta-bort = Delete the blurry photo of the sun.
skicka-foto-slut = You sent the flower to Lisa and deleted the blurry photo. You read the name before you sent it. That way you send only to the person you want.
skicka-foto-app-rad = Photos
skicka-foto-bilder-rubrik = Your photos
skicka-foto-sol = Sun tonight, blurry
skicka-foto-blomma = The flower in the garden
skicka-foto-stuga = The cottage last summer
skicka-foto-dela = Share
skicka-foto-ta-bort = Delete
skicka-foto-tillbaka = Back
skicka-foto-avbryt = Cancel
skicka-foto-behall-blomma-tips = You want to keep the flower. You are going to send it to Lisa.
skicka-foto-dela-rubrik = Who should get the photo?
skicka-foto-lisa-namn = Lisa Holm
skicka-foto-lisa-nummer = 070-174 06 12
skicka-foto-olle-namn = Olle Berg
skicka-foto-olle-nummer = 070-174 06 47
skicka-foto-lisa-tips = Read the name. You are sending the photo to Lisa.
skicka-foto-alla = Share with everyone on the internet
skicka-foto-alla-titel = You shared the photo with everyone
skicka-foto-alla-text = Now anyone could see the photo and save it. It cannot be taken back. You only wanted Lisa to get it. Read who gets the photo before you send.
skicka-foto-skickat-rubrik = Sent to Lisa Holm
skicka-foto-skickat-text = Lisa has got the photo of the flower.
skicka-foto-till-bilderna = Back to your photos
skicka-foto-suddig-tips = This photo turned out blurry. Delete it instead.
skicka-foto-fraga-rubrik = Do you want to delete the photo?
skicka-foto-fraga-text = The photo is moved to the bin. It stays there for 30 days.
skicka-foto-stuga-tips = You do not need to do anything with the cottage now. Go back to your photos.
