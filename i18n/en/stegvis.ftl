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
    [one] One lesson could not be read and is not shown.
   *[other] { $count } lessons could not be read and are not shown.
}
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
settings-text-size = Text size
settings-text-size-value = Text size: { $percent } %
settings-smaller = Smaller text
settings-larger = Larger text
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

## Notices
notice-settings-broken = Your settings could not be read. Stegvis is using the usual settings now. The old file is kept: { $file }
notice-store-broken = The file with your progress could not be read. Stegvis has started a new file. The old file is kept: { $file }
notice-store-unavailable = Your progress cannot be saved on this computer right now. You can still do the lessons. Ask a tutor for help.
notice-save-failed = Saving did not work. Ask a tutor for help.
notice-ok = I understand

## Command line
cli-no-display = Stegvis needs a graphical display to start. None was found.

## Language names (each in its own language)
lang-sv = Svenska
lang-en = English
