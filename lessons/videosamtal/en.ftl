title = Video calls with the family
summary = In a video call you see each other while you talk. You answer with the green button and hang up with the red one. You can turn the camera and the sound off and on. Missed a call? Call back from the list. Only answer when you know who it is.

what = A video call is a call where you see each other. The camera in the phone shows your face. You see the other person on the screen. If you have internet at home, it usually costs nothing extra. That way you can see children and grandchildren, even if they live far away.

apps = There are several apps for video calls. An app is a program in the phone. Often the family chooses the app. Ask them to help you get the same app as they have. A computer or a tablet works too. A tablet is like a big phone.

answer = When someone calls with video, you see their name on the screen. Tap the green button to answer. The red button hangs up. Hold the phone a little in front of your face. Then they see you, and you see them.

buttons = During the call there are buttons on the screen. One button has a picture of a microphone. The microphone is the part that picks up your voice. If you tap that button, the sound is turned off. Then they cannot hear you. The button with a camera turns off the picture. Then they cannot see you. Tap once more, and it is on again.
buttons-alt = A phone with a call with Lisa. Beside it are three round buttons: Sound with a microphone, Camera, and a red button to hang up. Below it says: Tap once: off. Tap again: on.

q1 = You are talking to Lisa on video. She says: I can't hear you! What do you do?
q1-hint = Which button picks up your voice?
q1-a1 = I speak louder
q1-a1-fb = That does not help when the sound is off. Look at the button with the microphone.
q1-a2 = I check whether the sound is off and tap the microphone
q1-a2-fb = Yes, exactly! Then Lisa can hear you again.
q1-a3 = I hang up at once
q1-a3-fb = There is no need. Most often it is only the sound that is off. Tap the microphone.

back = Have you missed a call? Then it shows in the list of calls. It says the name and when they called. Tap the name to call back. Is now not a good time? Send a short message, for example: I'll call tonight.

q2 = Your grandchild called with video, but you did not answer in time. What can you do?
q2-hint = Where do the calls you missed show?
q2-a1 = Call back from the list of calls
q2-a1-fb = Yes, exactly! Tap the name in the list, and you call back.
q2-a2 = Nothing, the call is gone
q2-a2-fb = The call is still in the list. Tap the name there to call back.

stranger = Only answer when you know who it is. Is someone you do not know calling? Then you do not need to answer. Does someone ask for money or a code during a call? Hang up. Call the person back yourself, on the number you usually call. Then you know who you are talking to.

q3 = Someone you do not know calls with video. The person asks for money. What do you do?
q3-hint = Who should you answer and talk to?
q3-a1 = I swish a little, just in case
q3-a1-fb = Money to someone you do not know is hard to get back. Hang up instead.
q3-a2 = I hang up
q3-a2-fb = Yes, exactly! It is never wrong to hang up.

outro = Well done! Now you know how a video call works. The green button answers, the red button hangs up. Can they not hear you? Look at the microphone. Ask the family to practise with you.

keywords =
    Video call: a call where you see each other.
    App: a program in the phone.
    Microphone: the part that picks up your voice.
    Call back: call the person who called you.

# The practice lisa-ringer (scenarios/lisa-ringer.toml)
lisa-ringer-titel = Lisa calls with video
lisa-ringer-uppgift = Your daughter Lisa is calling with video. Answer. Make sure Lisa can both see and hear you. Then hang up. Nothing real happens.
lisa-ringer-tips = Read what Lisa says. What do you need to turn on?
lisa-ringer-att-kamera = Turn on the camera, so that Lisa can see you.
lisa-ringer-att-ljud = Turn on the sound, so that Lisa can hear you.
lisa-ringer-slut = You answered and turned on both the camera and the sound. Then Lisa could see and hear you. After that you hung up with the red button. That is how a video call works.
lisa-ringer-app-rad = Video call
lisa-ringer-lisa = Lisa
lisa-ringer-ringer-text = Lisa wants to talk to you on video.
lisa-ringer-svara = Answer
lisa-ringer-avvisa = Decline
lisa-ringer-avvisa-tips = It is Lisa. You want to talk to her. Tap the green button.
lisa-ringer-ingen = Lisa: Hi! I can't see or hear you. Are camera and sound off?
lisa-ringer-bara-kamera = Lisa: Now I can see you! But I can't hear you. Is the sound off?
lisa-ringer-bara-ljud = Lisa: Now I can hear you! But I can't see you. Is the camera off?
lisa-ringer-glad = Lisa: Now I can see and hear you! How nice. Talk soon. Bye!
lisa-ringer-satt-pa-kamera = Turn on the camera
lisa-ringer-stang-av-kamera = Turn off the camera
lisa-ringer-satt-pa-ljud = Turn on the sound
lisa-ringer-stang-av-ljud = Turn off the sound
lisa-ringer-lagg-pa = Hang up
lisa-ringer-lagg-pa-tips = Lisa cannot see or hear you yet. Turn on what is off. Then hang up.
lisa-ringer-slut-rubrik = The call has ended
lisa-ringer-slut-text = You talked to Lisa for three minutes.
