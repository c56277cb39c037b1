app-title = Stegvis

## Home
home-heading = What would you like to learn?
home-intro = Choose a topic. Then choose a lesson.
home-topics = Topics
topic-basics = Getting started
topic-email = Email
topic-bankid = BankID
topic-eservices = E-services
topic-safety = Safe online
topic-progress = { $done } of { $total } done
topic-lessons-heading = Lessons: { $topic }
topic-empty = There are no lessons in this topic yet.
status-not-started = Not started
status-started = Started
status-done = Done
lesson-suggested = Suggestion: do this one now
lesson-minutes = About { $minutes } minutes
home-continue = Continue where you left off
lesson-start = Start
lesson-continue = Continue
lesson-again = Do again
home-no-lessons = There are no lessons to show. Ask a tutor for help.
home-broken-lessons = { $count ->
    [one] One lesson could not be read and is not shown. The fault is in { $files }.
   *[other] { $count } lessons could not be read and are not shown. The faults are in { $files }.
} The other lessons work. Staff can see what is wrong with the command “stegvis check-lessons”.
button-settings = Settings
button-back-to-topics = All topics

## Lesson
step-of = Step { $current } of { $total }
nav-back = Back
nav-next = Next
nav-finish = Done
nav-leave = Leave
choice-prompt = Choose an answer.
feedback-right = Right!
feedback-wrong = Not quite.
choice-hint = Hint: { $hint }
choice-try-again = You can choose another answer.
answer-chosen = Your answer

## Done
done-heading = Well done!
done-lead = You have finished the lesson “{ $title }”.
done-learned = What you have learned
done-next-heading = Next lesson
done-next-none = You have done every lesson in this topic. Great work!
done-start-next = Start the next lesson
done-home = Go to the start page

## Settings
settings-heading = Settings
settings-text-size-value = Text size: { $percent } %
settings-smaller = Smaller
settings-larger = Larger
settings-preview-label = This is how text looks:
settings-preview = Hello! This is a text in the size you have chosen.
settings-language = Language
settings-theme = Colours
theme-standard = Standard
theme-high-contrast-light = High contrast, light
theme-high-contrast-dark = High contrast, dark
selected = Chosen
settings-saved = Your choices are saved at once.
settings-save-failed = Your choices could not be saved on this computer. They last until you close the program.
settings-done = Done
settings-text-size-hint = The A− and A+ buttons at the top make the text smaller and larger. They stay in the same place, so you can press them again and again.
settings-auto-read = Read each new step aloud by itself:
settings-on = On
settings-off = Off

## Notices
notice-settings-broken = Your settings could not be read. Stegvis is using the usual settings now. The old file is kept: { $file }
notice-store-broken = The file with your progress could not be read. Stegvis has started a new file. The old file is kept: { $file }
notice-store-unavailable = Your progress cannot be saved on this computer right now. You can still do the lessons. Ask a tutor for help.
notice-save-failed = Your progress could not be saved just now. Stegvis tries again at the next step. If this notice does not go away, ask a tutor for help.
notice-change-not-saved = The change could not be saved. Try again in a moment.
notice-ok = I understand

## Command line
cli-no-display = Stegvis needs a graphical display to start. None was found.

## Language names (each in its own language)
lang-sv = Svenska
lang-en = English

## Start (when a course exists)
start-heading = Welcome to Stegvis!
start-intro = Who are you today?
start-participant = I am a participant
start-participant-detail = Choose your name and carry on where you were.
start-tutor = I am a tutor
start-tutor-detail = Start today's session and see how it goes.
start-guest = Try as a guest
start-guest-detail = Nothing is saved. Good if you are only here today.
home-for-tutors = For tutors

## Pick your name
pick-heading = What is your name?
pick-intro = Press your name.
pick-filter = Type the start of your name
pick-none = There are no names here yet. Ask a tutor to add you.
pick-no-match = No name matches. Delete and try again.
pick-no-course = No course is running on this computer. Ask a tutor for help.
welcome-back = Welcome back, { $name }!
welcome-first = Welcome, { $name }!
guest-banner = You are a guest. Nothing is saved.
switch-participant = Change participant
session-today = Today: session { $number } of { $total }

## Help
help-ask = I would like help
help-waiting = A tutor is coming soon.
help-cancel = I no longer need help

## Tutor code
code-heading = Tutor
code-enter = Type the tutor code.
code-choose = Choose a tutor code. All tutors on the course use the same code.
code-repeat = Type the same code once more.
code-field = Code
code-open = Open
code-save = Save the code
code-wrong = The code is not right. Try again, take your time.
code-too-short = The code must have at least { $min } characters.
code-mismatch = The codes are not the same. Type them again.
back-to-start = Back to the start

## Tutor area
tutor-courses = Courses
tutor-no-courses = There are no courses yet. Create the first one below.
tutor-new-course = New course
tutor-course-name = Name of the course
tutor-course-place = Place
tutor-create-course = Create the course
tutor-name-needed = Type a name first.
tutor-open-course = Open
tutor-sessions = { $count } sessions
tutor-leave = Leave tutor mode
tutor-all-courses = All courses
tutor-session = Session { $number }, { $date }
tutor-earlier-session = Previous session
tutor-later-session = Next session
tutor-start-session = Start this session
tutor-session-running = This session is running on this computer.
tutor-participants = Participants
tutor-add-name = First name and an initial, or a nickname
tutor-add = Add
tutor-present = Here
tutor-absent = Not here
tutor-rename = Rename
tutor-save-name = Save the name
tutor-remove = Remove
tutor-confirm-remove = Remove { $name } and everything saved about { $name }? This cannot be undone.
tutor-confirm-yes = Yes, remove
tutor-confirm-no = No, keep
tutor-dashboard = Overview
tutor-remove-course = Remove the course
tutor-confirm-remove-course = Remove the course “{ $name }” with all participants and everything saved? This cannot be undone.
name-empty = Type a name.
name-too-long = The name is too long. Type a first name and an initial.
name-has-number = Do not type numbers such as identity or phone numbers. Just a first name and an initial.
name-has-email = Do not type an email address. Just a first name and an initial.
name-hidden = The name has hidden characters. Type it again with ordinary letters.

## Dashboard
dash-help-now = Needs help now
dash-help-none = Nobody has asked for help just now.
dash-help-item = { $name }: { $lesson }, step { $step }
dash-minutes = { $minutes ->
    [0] just now
    [one] 1 minute ago
   *[other] { $minutes } minutes ago
}
dash-resolve = Done, I have helped
dash-nothing-yet = Has not started a lesson yet.
dash-back = Back to the course
dash-heading-session = Overview: { $course }, session { $number }
dash-heading-course = Overview: { $course }, the whole course
dash-no-participants = The course has no participants yet. Add them on the course page.
dash-col-name = Name
dash-col-here = Here today
dash-col-sessions = Sessions
dash-col-lesson = Lesson now, step
dash-col-done = Done
dash-col-wrong = Wrong
dash-col-help = Help
dash-table-here = Yes
dash-table-away = No
dash-table-sessions = { $count }/{ $total }
dash-table-step = { $step }/{ $steps }
dash-table-nothing = Not started
dash-table-done = { $done }/{ $total }
dash-table-counts = Done { $done } · Wrong { $wrong }
dash-table-help = { $minutes ->
    [0] now
   *[other] { $minutes } min
}
tutor-rename-where = To rename or remove someone, go to their page: open Overview and press their name.

## Backups
notice-backup-offer = There is a backup from { $date }. Would you like to get it back? Then your progress up to that day returns.
notice-backup-restore = Get the backup back
notice-backup-decline = No, start with an empty file
notice-backup-restored = The backup from { $date } is back. The file that was there before is kept.

## Dashboard: whole course and one participant
dash-whole-course = Whole course
dash-this-session = This session only
dash-attended = Came to { $count } of { $total } sessions
dash-topic = { $topic }: { $done } of { $total } done
detail-back = Back to the overview
detail-note = Note for tutors
detail-save-note = Save the note
detail-lessons = Lessons
detail-figures = Right answers: { $right }. Wrong answers: { $wrong }. Asked for help: { $help }. Time: { $minutes } min.

## Editing a course
edit-open = Edit the course
edit-heading = Edit the course
edit-first-date = First session (year-month-day)
edit-count = Number of sessions: { $count }
edit-fewer = One fewer
edit-more = One more
edit-save = Save the changes
edit-bad-date = Write the date as year-month-day, for example 2027-01-12.
edit-day-earlier = One day earlier
edit-day-later = One day later

## Read aloud
read-aloud = Read aloud (key L)
read-stop = Stop reading
read-again = Read again
read-no-sound = Sound does not work on this computer. Try speakers or headphones, or ask a tutor for help.
read-missing = This text has not been recorded yet.
settings-hearing = Reading aloud
settings-volume = Volume: { $percent } %
settings-quieter = Quieter
settings-louder = Louder

## Staff report
report-title = Report from Stegvis
report-period = Period
report-period-all = All time
report-period-from = From { $from }
report-period-to = Up to and including { $to }
report-period-between = { $from } – { $to }
report-made = Made
report-anonymous = Anonymous report: names are replaced by numbers.
report-totals = Totals
report-reached = Unique participants reached
report-reached-note = A participant counts once if they came to at least one session or used Stegvis during the period. Someone on the list of two courses counts in both.
report-courses = Courses
report-sessions-held = Sessions held
report-lessons-done = Lessons completed
report-help-requests = Asked for help (times)
report-topic-other = Other lessons
report-course = Course
report-place = Place
report-participants = Participants in the course
report-session = Session
report-date = Date
report-present = Present
report-topic = Topic
report-participant = Participant
report-sessions-attended = Sessions attended
report-attendance = Attendance per session
report-per-topic = Lessons completed per topic
report-per-participant = Per participant
report-no-courses = There are no courses in this period.
report-anonymous-name = Participant { $number }
report-saved = The report is saved: { $file }
report-bad-date = The date “{ $value }” cannot be read. Write it as YYYY-MM-DD, for example 2027-01-31.
report-bad-format = There is no format “{ $value }”. Choose csv or html.
report-bad-option = Unknown option for the report: { $value }
report-missing-value = { $option } needs a value.
report-reversed = The from date is after the to date.
report-failed = The report could not be made: { $error }

## Keyboard shortcuts
keys-heading = Keyboard shortcuts
keys-intro = You can do everything with the keyboard. These are the keys:
keys-tab = Tab and Shift + Tab
keys-tab-does = Moves to the next or previous button. A thick frame shows where you are.
keys-enter = Enter or space
keys-enter-does = Presses the button with the frame.
keys-esc = Esc
keys-esc-does = Goes back: closes the page you are on, or leaves the lesson. Next time you continue where you were. In a text box, Esc first leaves the box.
keys-zoom = Ctrl + plus and Ctrl + minus
keys-zoom-does = Makes the text larger or smaller. Ctrl + 0 gives the normal size.
keys-read = L
keys-read-does = Reads the lesson text aloud.
keys-help = F1
keys-help-does = Shows this page.
keys-scroll = Page Up, Page Down and the up and down arrows
keys-scroll-does = Move the page up or down, so you see more.
button-shortcuts = Keyboard shortcuts
settings-cues-off = Sound after answers: off
settings-cues-on = Sound after answers: on
tutor-report-heading = Report
tutor-report-intro = The report shows how many participants you have reached, attendance and lessons completed for all courses. It is saved as a page to print and a file for Excel.
tutor-report = Save the report
tutor-report-anonymous = Save the report without names
tutor-report-saved = The report is saved in the folder { $folder }
tutor-report-failed = The report could not be saved on this computer. Ask the staff for help.
settings-see-hear = See and hear better
settings-read-button-on = The Read aloud button: shown
settings-read-button-off = The Read aloud button: hidden

## Handout (a lesson to print and take home)
handout-kicker = To take home
handout-session = Session { $number }
handout-learned = What you have learned
handout-rules-heading = Remember
handout-rules-bankid =
    Only use BankID when you started something yourself.
    Your bank, the police and the Tax Agency never call to ask you to log in or sign.
    Did you call your bank yourself, on the number on your card? Then the bank may ask you to identify yourself. Check that the app shows the bank's name.
    Read what the app says before you go on. Did you not start it yourself? Press Cancel.
    Never tell anyone your security code. Never let anyone else use your BankID.
    Have you been tricked? Call your bank at once, on the number on your card. Then report it to the police on 114 14. The number is always on polisen.se.
handout-rules-email =
    Look carefully at who sent the letter.
    Only open attachments that you expected.
    Do not press links in letters that ask for codes, card numbers or money.
    A letter that rushes you is often fake. Take your time.
    Have a password of its own for your email. Never tell it to anyone.
handout-rules-safety =
    Does someone call about your bank or your BankID? Follow the police's three steps: Hang up. Don't log in. Don't trust the caller.
    Never share codes, card numbers or passwords. Not even with your bank or the police.
    Only call your bank on the number printed on your card.
    You can forward fake text messages to 7726. Ask your phone company if the number still applies. Then delete them.
    Not sure? Ask someone you trust. In danger? Call 112.
handout-steps = The lesson step by step
handout-question = Question
handout-right-answer = Right answer
handout-keywords = Key words
handout-footer = Made with Stegvis. Questions? Ask a tutor or the library staff.
handout-facts-checked = Facts checked { $date }
handout-saved = The page is saved: { $file }
handout-opening = The page opens in the web browser. You can print it from there.
handout-not-opened = The web browser could not be opened. The page is in the folder { $folder }.
handout-open-folder = Open the folder
handout-no-lesson = Say which lesson to print, for example: stegvis handout bankid-logga-in
handout-unknown-lesson = There is no lesson called “{ $lesson }”. These exist: { $lessons }
handout-bad-lang = There is no language “{ $value }”. Choose sv or en.
handout-bad-option = Unknown option for the handout: { $value }
handout-missing-value = { $option } needs a value.
handout-failed = The page could not be saved: { $error }
done-handout = Save the lesson to print
done-handout-failed = The page could not be saved on this computer. Ask a tutor for help.

## Practice (safe simulations)
practice-banner = Practice – nothing real happens
# Short form beside the note on the table, at large text.
practice-banner-short = Practice
practice-computer = The computer
practice-phone = The phone
practice-desk = On the table
practice-try-another = Try something else. Nothing real happens.
practice-follow-tip = Follow the tip and try again. Nothing real happens.
practice-trap-heading = Good thing this was only practice
practice-try-again = Try again
practice-done = Well done! You finished the practice.
practice-go-on = Press Next when you want to go on.
practice-start-over = Start the practice again
sim-call-incoming = Incoming call
sim-call-ongoing = Call in progress
sim-code-typed = { $typed } of { $total } digits
sim-erase = Delete
sim-from = From: { $from }
sim-subject = Subject: { $subject }
sim-attached = Attached picture: { $name }
detail-practice-done = Practice: { $title }. Done in { $attempts ->
    [one] one try
   *[other] { $attempts } tries
}.
detail-practice-not-done = Practice: { $title }. Not done yet ({ $attempts ->
    [one] one try
   *[other] { $attempts } tries
}).
detail-practice-traps = Fell into the trap: { $traps }
## The PC's configuration file (for staff)
machine-config-unreadable = Stegvis could not read this PC's configuration file { $file }. Stegvis starts with the usual settings.
machine-config-syntax = This PC's configuration file { $file } is not written correctly on line { $line }. Stegvis ignores the file and starts with the usual settings. Compare it with the example config.toml.example.
machine-config-unknown = This PC's configuration file { $file } has a setting Stegvis does not know: { $key }. Allowed names: { $allowed }.
machine-config-invalid = This PC's configuration file { $file }: { $key } = { $value } cannot be used. Allowed: { $allowed }. Stegvis uses the usual value.
machine-config-allowed-data-folder = a whole path to a folder in quotes, for example "/srv/stegvis" or "D:\Stegvis"
machine-config-allowed-language = { $codes }
machine-config-allowed-text-size = one of the numbers { $sizes }
machine-config-allowed-theme = { $themes }
machine-config-allowed-lesson-folders = a list of whole paths, for example ["/srv/stegvis/lektioner"]
machine-config-allowed-kiosk = true (on) or false (off)
machine-config-allowed-tutor-code-hash = a code from the command stegvis tutor-code-hash, starting with $argon2
machine-config-allowed-pc-name = a name in quotes, 1 to { $max } characters, for example "Dator 3, Stadsbiblioteket"
machine-config-allowed-room-folder = a whole path to a folder every PC in the room shares, for example "/mnt/kursrum/stegvis" or "\\server\kurs\Stegvis"

## Kiosk mode
kiosk-next-participant = Next participant
kiosk-quit = Close Stegvis
kiosk-no-code = Stegvis closes with the tutor code, but no code has been chosen yet. Staff choose it under For tutors.

## The data folder
notice-data-folder-not-writable = Your progress cannot be saved, because Stegvis may not write in the folder { $folder }. You can still do the lessons. Staff can choose another folder (data_folder in the PC's configuration file) or use portable mode on a USB stick.

## Moving progress between computers (export and import)
exchange-events = { $n ->
    [one] 1 event
   *[other] { $n } events
}
exchange-participants = { $n ->
    [one] 1 participant
   *[other] { $n } participants
}
exchange-courses = { $n ->
    [one] 1 course
   *[other] { $n } courses
}
exchange-new-events = { $n ->
    [one] 1 new event
   *[other] { $n } new events
}
exchange-new-participants = { $n ->
    [one] 1 new participant
   *[other] { $n } new participants
}
exchange-new-courses = { $n ->
    [one] 1 new course
   *[other] { $n } new courses
}
exchange-and = and
date-months = January February March April May June July August September October November December
date-weekdays = Monday Tuesday Wednesday Thursday Friday Saturday Sunday
exchange-exported = Done! { $what } are saved in the file { $file }.
exchange-imported = { $what } from { $pc }, exported { $when }.
exchange-nothing-changed = Nothing was changed.
exchange-refused-io = The file could not be read or saved ({ $error }).
exchange-refused-not-stegvis = This file is not an export file from Stegvis.
exchange-refused-newer = The file comes from a newer Stegvis (format { $version }). Update Stegvis here first.
exchange-refused-checksum = The file is damaged. Its contents do not match its checksum. Export once more on the other computer.
exchange-refused-truncated = The file is not whole. It has been cut short, perhaps when the memory stick was pulled out too early. Export once more.
exchange-refused-store-newer = The database comes from a newer Stegvis and is left untouched.
exchange-refused-store = The database could not be used ({ $error }).
cli-store-broken = The progress file is damaged: { $file }
    Stegvis has changed nothing. Start the Stegvis app: it keeps the damaged file and can bring back the latest backup.
exchange-heading = Move between computers
exchange-intro = Do you have several computers? Save everything on a USB stick here and read it in on the other computer. Then every participant and everything they have done shows on both.
exchange-open = Move between computers ›
exchange-section = Several computers
exchange-export-heading = 1. Save to a USB stick or a folder
exchange-export-intro = Put in the USB stick. Then press the place where the file should be saved.
exchange-no-folders = No USB stick found. Put it in and press Look again.
exchange-save-in = Save in { $folder }
exchange-other-folder = Or type another folder, for example a shared folder
exchange-use-folder = Use the folder
exchange-no-such-folder = That folder does not exist. Check the spelling and try again.
exchange-import-heading = 2. Read in from another computer
exchange-import-intro = Here are the files on the USB stick and in the folders. Press the file you want to read in. Reading in the same file twice does no harm.
exchange-no-files = No file to read in was found.
exchange-read-in = Read in { $file }
exchange-file-detail = In { $folder }, saved { $when }
exchange-rescan = Look again
exchange-pc-heading = This computer's name
exchange-pc-intro = The name is written in the files you save, so you can see where they come from. The computer is now called { $name }.
exchange-pc-fixed = The computer is called { $name }. The name is set in the computer's configuration file.
exchange-pc-name = New name, for example Computer 3
exchange-pc-save = Save the name
exchange-pc-saved = The computer is now called { $name }.
exchange-saving = Saving … This may take a while.
exchange-reading = Reading in { $file } … This may take a while.
exchange-stopped = It could not be finished.
exchange-log-heading = Read in before
exchange-log-empty = Nothing has been read in on this computer yet.
exchange-log-line = { $when }: { $what } (file: { $file })
exchange-refused-not-a-file = This is not an ordinary file. Choose a file that Stegvis has saved.
exchange-refused-too-big = The file is too large, over { $mb } MB. A file from Stegvis is much smaller.
exchange-refused-time = The file has a time that cannot be right: { $when }. Perhaps the other computer's clock was wrong. Set the clock right there and export again.
exchange-time-beyond = far away in time
exchange-refused-name = The file has a name that may not be saved here, for example an identity number, a phone number or an email address, or an empty name.
exchange-refused-text = The file has a text that is too long or has hidden characters.
exchange-refused-value = The file has data that Stegvis never writes. It may have been changed after it was saved. Export once more on the other computer.
exchange-refused-too-many = The file has too many { $what ->
    [courses] courses
    [participants] participants
    [events] events
   *[rows] rows
} ({ $count }). Stegvis takes in at most { $max }.
tutor-session-lessons = Lessons at this session:
tutor-session-no-lessons = The course plan has no lessons for this session. Participants can choose freely.
edit-tutors = Tutors (first names, separated by commas)
edit-tutors-problem = Tutors:
tutor-tutors = Tutors: { $names }
tutor-no-tutors = No tutors are written in. Write your first names under Edit the course.
tutor-help-waiting = { $count ->
    [one] One participant wants help now.
   *[other] { $count } participants want help now.
}
edit-cancel = Cancel
folder-back = Back
folder-heading = Where should Stegvis save?
folder-intro = Stegvis may not save in the folder { $folder } on this computer. Choose a USB stick or type a folder where saving works. Feel free to ask the staff for help.
folder-no-usb = No USB stick found. Put it in and press Look again.
folder-use = Save on { $folder }
folder-typed = Or type a folder
folder-type-one = Type a folder first.
folder-not-writable = Saving in the folder { $folder } does not work. Choose another one.
folder-busy = Please wait. Stegvis is saving or reading in a file right now. Try again when it is done.
folder-chosen = Stegvis now saves in the folder { $folder }.
folder-choose = Choose another folder
practice-tasks-done = { $done } of { $total } tasks done
practice-todo-done = Done: { $task }
practice-todo-left = To do: { $task }
practice-todo-partly = { $task } ({ $done } of { $total } done)

## The course room's shared folder (src/room.rs, src/screen/tutor/room.rs)
room-heading = The computers in the room
room-help-item = { $name } at { $pc }: { $lesson }, step { $step }
room-pc-heard = { $pc }: last heard { $time }
room-pc-stale = { $pc }: not heard since { $time }. It may be switched off.
room-none-yet = No other computer in the room has been heard from yet.
room-unreachable = The course room's folder cannot be reached just now. This computer saves as usual and sends everything when the folder can be reached again.
room-read-only = This computer may not write in the course room's folder { $folder }. It saves as usual here. Ask the staff for the right to write in the folder.
room-skipped-damaged = The file { $file } in the course room's folder is damaged or not fully copied. It is skipped until it is whole.
room-skipped-foreign = The file { $file } in the course room's folder does not come from Stegvis. It is skipped.
room-skipped-newer = The file { $file } in the course room's folder comes from a newer Stegvis. It is skipped until this computer has the same version.
room-skipped-unreadable = The file { $file } in the course room's folder could not be read. It is skipped.
room-skipped-refused = The file { $file } in the course room's folder holds something Stegvis does not accept, such as an odd time or a name that looks like an identity number. It is skipped.
room-folder-heading = The course room's folder
room-folder-intro = If every computer in the room uses the same folder, for example a network folder, they become one course. The course, the participants and the tutor code come along. A request for help shows on every computer within a few seconds.
room-folder-in-use = This computer uses the folder { $folder }.
room-folder-fixed = The staff have chosen the folder { $folder } for this computer.
room-folder-none = This computer uses no folder for the course room.
room-folder-field = Folder for the course room (leave empty for none)
room-folder-save = Save the course room's folder
room-folder-saved = This computer now uses the folder { $folder } for the course room.
room-folder-cleared = This computer no longer uses a folder for the course room.
room-folder-missing = The folder { $folder } does not exist or cannot be reached. Check that you typed it correctly.
