app-title = Stegvis

## Home
home-heading = Vad vill du lära dig?
home-intro = Välj ett ämne. Sedan väljer du en lektion.
home-topics = Ämnen
topic-basics = Komma igång
topic-email = E-post
topic-bankid = BankID
topic-eservices = E-tjänster
topic-safety = Säker på nätet
topic-progress = { $done } av { $total } klara
topic-lessons-heading = Lektioner: { $topic }
topic-empty = Det finns inga lektioner i det här ämnet ännu.
status-not-started = Inte påbörjad
status-started = Påbörjad
status-done = Klar
lesson-suggested = Förslag: gör den här nu
lesson-minutes = Cirka { $minutes } minuter
home-continue = Fortsätt där du var
lesson-start = Börja
lesson-continue = Fortsätt
lesson-again = Gör igen
home-no-lessons = Det finns inga lektioner att visa. Be en handledare om hjälp.
home-broken-lessons = { $count ->
    [one] En lektion kunde inte läsas och visas inte.
   *[other] { $count } lektioner kunde inte läsas och visas inte.
}
button-settings = Inställningar
button-back-to-topics = Alla ämnen

## Lesson
step-of = Steg { $current } av { $total }
nav-back = Tillbaka
nav-next = Nästa
nav-finish = Klar
nav-leave = Avsluta
choice-prompt = Välj ett svar.
feedback-right = Rätt!
feedback-wrong = Inte riktigt.
choice-hint = Tips: { $hint }
choice-try-again = Du kan välja ett annat svar.
answer-chosen = Ditt svar

## Done
done-heading = Bra gjort!
done-lead = Du är klar med lektionen ”{ $title }”.
done-learned = Det här har du lärt dig
done-next-heading = Nästa lektion
done-next-none = Du har gjort alla lektioner i det här ämnet. Bra jobbat!
done-start-next = Börja nästa lektion
done-home = Till startsidan

## Settings
settings-heading = Inställningar
settings-text-size = Textstorlek
settings-text-size-value = Textstorlek: { $percent } %
settings-smaller = Mindre text
settings-larger = Större text
settings-preview-label = Så här ser texten ut:
settings-preview = Hej! Det här är en text i den storlek du har valt.
settings-language = Språk
settings-theme = Färger
theme-standard = Standard
theme-high-contrast-light = Hög kontrast, ljus
theme-high-contrast-dark = Hög kontrast, mörk
selected = Vald
settings-saved = Dina val sparas direkt.
settings-save-failed = Dina val kunde inte sparas på den här datorn. De gäller tills du stänger programmet.
settings-done = Klar

## Notices
notice-settings-broken = Dina inställningar gick inte att läsa. Stegvis använder vanliga inställningar nu. Den gamla filen finns kvar: { $file }
notice-store-broken = Filen med dina framsteg gick inte att läsa. Stegvis har börjat på en ny fil. Den gamla filen finns kvar: { $file }
notice-store-unavailable = Dina framsteg kan inte sparas på den här datorn just nu. Du kan ändå göra lektionerna. Be en handledare om hjälp.
notice-save-failed = Det gick inte att spara. Be en handledare om hjälp.
notice-ok = Jag förstår

## Command line
cli-no-display = Stegvis behöver en skärm med grafik för att starta. Ingen sådan hittades.

## Language names (each in its own language)
lang-sv = Svenska
lang-en = English
