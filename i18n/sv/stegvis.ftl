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
    [one] En lektion kunde inte läsas och visas inte. Felet finns i { $files }.
   *[other] { $count } lektioner kunde inte läsas och visas inte. Felen finns i { $files }.
} De andra lektionerna fungerar. Personalen kan se vad som är fel med kommandot ”stegvis check-lessons”.
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
settings-text-size-value = Textstorlek: { $percent } %
settings-smaller = Mindre
settings-larger = Större
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
settings-text-size-hint = Knapparna A− och A+ högst upp gör texten mindre och större. De stannar kvar på samma ställe, så du kan trycka flera gånger.
settings-auto-read = Läs upp varje nytt steg av sig självt:
settings-on = På
settings-off = Av

## Notices
notice-settings-broken = Dina inställningar gick inte att läsa. Stegvis använder vanliga inställningar nu. Den gamla filen finns kvar: { $file }
notice-store-broken = Filen med dina framsteg gick inte att läsa. Stegvis har börjat på en ny fil. Den gamla filen finns kvar: { $file }
notice-store-unavailable = Dina framsteg kan inte sparas på den här datorn just nu. Du kan ändå göra lektionerna. Be en handledare om hjälp.
notice-save-failed = Det gick inte att spara nyss. Stegvis försöker igen vid nästa steg. Om det här inte försvinner, be en handledare om hjälp.
notice-change-not-saved = Det gick inte att spara ändringen. Försök igen om en stund.
notice-ok = Jag förstår

## Command line
cli-no-display = Stegvis behöver en skärm med grafik för att starta. Ingen sådan hittades.

## Language names (each in its own language)
lang-sv = Svenska
lang-en = English

## Start (when a course exists)
start-heading = Välkommen till Stegvis!
start-intro = Vem är du i dag?
start-participant = Jag är deltagare
start-participant-detail = Välj ditt namn och fortsätt där du var.
start-tutor = Jag är handledare
start-tutor-detail = Starta dagens träff och se hur det går.
start-guest = Prova som gäst
start-guest-detail = Inget sparas. Bra om du bara är här i dag.
home-for-tutors = För handledare

## Pick your name
pick-heading = Vad heter du?
pick-intro = Tryck på ditt namn.
pick-filter = Skriv början av ditt namn
pick-none = Det finns inga namn här ännu. Be en handledare lägga till dig.
pick-no-match = Inget namn passar. Sudda och försök igen.
pick-no-course = Ingen kurs är igång på den här datorn. Be en handledare om hjälp.
welcome-back = Välkommen tillbaka, { $name }!
welcome-first = Välkommen, { $name }!
guest-banner = Du är gäst. Inget sparas.
switch-participant = Byt deltagare
session-today = I dag: träff { $number } av { $total }

## Help
help-ask = Jag vill ha hjälp
help-waiting = En handledare kommer snart.
help-cancel = Jag behöver ingen hjälp längre

## Tutor code
code-heading = Handledare
code-enter = Skriv koden för handledare.
code-choose = Välj en kod för handledare. Alla handledare i kursen använder samma kod.
code-repeat = Skriv samma kod en gång till.
code-field = Kod
code-open = Öppna
code-save = Spara koden
code-wrong = Koden stämmer inte. Försök igen i lugn och ro.
code-too-short = Koden måste ha minst { $min } tecken.
code-mismatch = Koderna är inte lika. Skriv dem igen.
back-to-start = Tillbaka till start

## Tutor area
tutor-courses = Kurser
tutor-no-courses = Det finns inga kurser ännu. Skapa den första här under.
tutor-new-course = Ny kurs
tutor-course-name = Kursens namn
tutor-course-place = Plats
tutor-create-course = Skapa kursen
tutor-name-needed = Skriv ett namn först.
tutor-open-course = Öppna
tutor-sessions = { $count } träffar
tutor-leave = Lämna handledarläget
tutor-all-courses = Alla kurser
tutor-session = Träff { $number }, { $date }
tutor-earlier-session = Förra träffen
tutor-later-session = Nästa träff
tutor-start-session = Starta den här träffen
tutor-session-running = Träffen är igång på den här datorn.
tutor-participants = Deltagare
tutor-add-name = Förnamn och en bokstav, eller smeknamn
tutor-add = Lägg till
tutor-present = Här
tutor-absent = Inte här
tutor-rename = Byt namn
tutor-save-name = Spara namnet
tutor-remove = Ta bort
tutor-confirm-remove = Ta bort { $name } och allt som sparats om { $name }? Det går inte att ångra.
tutor-confirm-yes = Ja, ta bort
tutor-confirm-no = Nej, behåll
tutor-dashboard = Översikt
tutor-remove-course = Ta bort kursen
tutor-confirm-remove-course = Ta bort kursen ”{ $name }” med alla deltagare och allt som sparats? Det går inte att ångra.
name-empty = Skriv ett namn.
name-too-long = Namnet är för långt. Skriv förnamn och en bokstav.
name-has-number = Skriv inga siffror som personnummer eller telefonnummer. Bara förnamn och en bokstav.
name-has-email = Skriv ingen e-postadress. Bara förnamn och en bokstav.
name-hidden = Namnet har dolda tecken. Skriv det igen med vanliga bokstäver.

## Dashboard
dash-help-now = Behöver hjälp nu
dash-help-none = Ingen har bett om hjälp just nu.
dash-help-item = { $name }: { $lesson }, steg { $step }
dash-minutes = { $minutes ->
    [0] nyss
    [one] för 1 minut sedan
   *[other] för { $minutes } minuter sedan
}
dash-resolve = Klart, jag har hjälpt
dash-nothing-yet = Har inte börjat någon lektion än.
dash-back = Tillbaka till kursen
dash-heading-session = Översikt: { $course }, träff { $number }
dash-heading-course = Översikt: { $course }, hela kursen
dash-no-participants = Kursen har inga deltagare än. Lägg till dem på kursens sida.
dash-col-name = Namn
dash-col-here = Här i dag
dash-col-sessions = Träffar
dash-col-lesson = Lektion nu, steg
dash-col-done = Klara
dash-col-wrong = Fel
dash-col-help = Hjälp
dash-table-here = Ja
dash-table-away = Nej
dash-table-sessions = { $count }/{ $total }
dash-table-step = { $step }/{ $steps }
dash-table-nothing = Inte börjat
dash-table-done = { $done }/{ $total }
dash-table-counts = Klara { $done } · Fel { $wrong }
dash-table-help = { $minutes ->
    [0] nu
   *[other] { $minutes } min
}
tutor-rename-where = Byta namn eller ta bort någon gör du på personens sida: öppna Översikt och tryck på namnet.

## Backups
notice-backup-offer = Det finns en säkerhetskopia från { $date }. Vill du hämta den? Då kommer dina framsteg fram till den dagen tillbaka.
notice-backup-restore = Hämta säkerhetskopian
notice-backup-decline = Nej, börja med en tom fil
notice-backup-restored = Säkerhetskopian från { $date } är hämtad. Filen som fanns innan finns kvar.

## Dashboard: whole course and one participant
dash-whole-course = Hela kursen
dash-this-session = Bara den här träffen
dash-attended = Var med på { $count } av { $total } träffar
dash-topic = { $topic }: { $done } av { $total } klara
detail-back = Tillbaka till översikten
detail-note = Anteckning för handledare
detail-save-note = Spara anteckningen
detail-lessons = Lektioner
detail-figures = Rätt svar: { $right }. Fel svar: { $wrong }. Bad om hjälp: { $help }. Tid: { $minutes } min.

## Editing a course
edit-open = Ändra kursen
edit-heading = Ändra kursen
edit-first-date = Första träffen (år-månad-dag)
edit-count = Antal träffar: { $count }
edit-fewer = En färre
edit-more = En till
edit-save = Spara ändringarna
edit-bad-date = Skriv datumet som år-månad-dag, till exempel 2027-01-12.
edit-day-earlier = En dag tidigare
edit-day-later = En dag senare

## Read aloud
read-aloud = Läs upp (tangent L)
read-stop = Stoppa uppläsningen
read-again = Läs igen
read-no-sound = Ljudet fungerar inte på den här datorn. Prova med högtalare eller hörlurar, eller be en handledare om hjälp.
read-missing = Den här texten finns inte inläst ännu.
settings-hearing = Läsa upp
settings-volume = Ljudstyrka: { $percent } %
settings-quieter = Lägre
settings-louder = Högre

## Staff report
report-title = Rapport från Stegvis
report-period = Period
report-period-all = Hela tiden
report-period-from = Från och med { $from }
report-period-to = Till och med { $to }
report-period-between = { $from } – { $to }
report-made = Skapad
report-anonymous = Anonym rapport: namnen är utbytta mot nummer.
report-totals = Totalt
report-reached = Unika deltagare som nåtts
report-reached-note = En deltagare räknas en gång om hen var med på minst en träff eller använde Stegvis under perioden. Den som står på listan i två kurser räknas i båda.
report-courses = Kurser
report-sessions-held = Träffar som hållits
report-lessons-done = Klara lektioner
report-help-requests = Bad om hjälp (gånger)
report-topic-other = Övriga lektioner
report-course = Kurs
report-place = Plats
report-participants = Deltagare i kursen
report-session = Träff
report-date = Datum
report-present = Närvarande
report-topic = Ämne
report-participant = Deltagare
report-sessions-attended = Träffar på plats
report-attendance = Närvaro per träff
report-per-topic = Klara lektioner per ämne
report-per-participant = Per deltagare
report-no-courses = Det finns inga kurser under perioden.
report-anonymous-name = Deltagare { $number }
report-saved = Rapporten är sparad: { $file }
report-bad-date = Datumet ”{ $value }” går inte att läsa. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2027-01-31.
report-bad-format = Formatet ”{ $value }” finns inte. Välj csv eller html.
report-bad-option = Okänt val för rapporten: { $value }
report-missing-value = { $option } behöver ett värde.
report-reversed = Från-datumet ligger efter till-datumet.
report-failed = Rapporten kunde inte göras: { $error }

## Keyboard shortcuts
keys-heading = Kortkommandon
keys-intro = Du kan göra allt med tangentbordet. De här tangenterna finns:
keys-tab = Tab och Skift + Tab
keys-tab-does = Flyttar till nästa eller förra knappen. En tjock ram visar var du är.
keys-enter = Enter eller mellanslag
keys-enter-does = Trycker på knappen med ramen.
keys-esc = Esc
keys-esc-does = Går tillbaka: stänger sidan du är på, eller lämnar lektionen. Nästa gång fortsätter du där du var. Står du i en textruta lämnar Esc först rutan.
keys-zoom = Ctrl + plus och Ctrl + minus
keys-zoom-does = Gör texten större eller mindre. Ctrl + 0 ger vanlig storlek.
keys-read = L
keys-read-does = Läser upp texten i lektionen.
keys-help = F1
keys-help-does = Visar den här sidan.
keys-scroll = Page Up, Page Down och pilarna upp och ner
keys-scroll-does = Flyttar sidan uppåt eller nedåt, så att du ser mer.
button-shortcuts = Kortkommandon
settings-cues-off = Ljud vid svar: av
settings-cues-on = Ljud vid svar: på
tutor-report-heading = Rapport
tutor-report-intro = Rapporten visar hur många deltagare ni har nått, närvaro och klara lektioner för alla kurser. Den sparas som en sida att skriva ut och en fil för Excel.
tutor-report = Spara rapporten
tutor-report-anonymous = Spara rapporten utan namn
tutor-report-saved = Rapporten är sparad i mappen { $folder }
tutor-report-failed = Rapporten kunde inte sparas på den här datorn. Be personalen om hjälp.
settings-see-hear = Se och höra bättre
settings-read-button-on = Knappen Läs upp: visas
settings-read-button-off = Knappen Läs upp: visas inte

## Handout (a lesson to print and take home)
handout-kicker = Att ta med hem
handout-session = Träff { $number }
handout-learned = Det här har du lärt dig
handout-rules-heading = Kom ihåg
handout-rules-bankid =
    Använd bara BankID när du själv har börjat något.
    Banken, polisen och Skatteverket ringer aldrig och ber dig logga in eller skriva under.
    Har du själv ringt din bank, på numret på kortet? Då kan banken be dig visa vem du är. Titta att appen visar bankens namn.
    Läs vad appen säger innan du går vidare. Har du inte börjat själv? Tryck på Avbryt.
    Säg aldrig din säkerhetskod till någon. Låt ingen annan använda ditt BankID.
    Har du blivit lurad? Ring din bank direkt, på numret på ditt kort. Anmäl sedan till polisen på 114 14. Numret finns alltid på polisen.se.
handout-rules-email =
    Titta noga på vem som har skickat brevet.
    Öppna bara bilagor som du väntade dig.
    Tryck inte på länkar i brev som ber om koder, kortnummer eller pengar.
    Ett brev som skyndar på dig är ofta falskt. Ta god tid på dig.
    Ha ett eget lösenord till din e-post. Säg det aldrig till någon.
handout-rules-safety =
    Ringer någon om din bank eller ditt BankID? Följ polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.
    Dela aldrig koder, kortnummer eller lösenord. Inte ens med banken eller polisen.
    Ring bara banken på numret som står på ditt kort.
    Falska sms kan du skicka vidare till 7726. Fråga ditt telefonbolag om numret gäller än. Ta sedan bort dem.
    Är du osäker? Fråga någon du litar på. Är du i fara? Ring 112.
handout-steps = Lektionen steg för steg
handout-question = Fråga
handout-right-answer = Rätt svar
handout-keywords = Viktiga ord
handout-footer = Gjord med Stegvis. Har du frågor? Fråga en handledare eller personalen på biblioteket.
handout-facts-checked = Fakta kontrollerade { $date }
handout-saved = Sidan är sparad: { $file }
handout-opening = Sidan öppnas i webbläsaren. Där kan du skriva ut den.
handout-not-opened = Webbläsaren gick inte att öppna. Sidan finns i mappen { $folder }.
handout-open-folder = Öppna mappen
handout-no-lesson = Skriv vilken lektion du vill skriva ut, till exempel: stegvis handout bankid-logga-in
handout-unknown-lesson = Det finns ingen lektion som heter ”{ $lesson }”. De som finns: { $lessons }
handout-bad-lang = Språket ”{ $value }” finns inte. Välj sv eller en.
handout-bad-option = Okänt val för utskriften: { $value }
handout-missing-value = { $option } behöver ett värde.
handout-failed = Sidan kunde inte sparas: { $error }
done-handout = Spara lektionen att skriva ut
done-handout-failed = Sidan kunde inte sparas på den här datorn. Be en handledare om hjälp.

## Practice (safe simulations)
practice-banner = Övning – inget riktigt händer
# Kort form bredvid lappen på bordet, med stor text.
practice-banner-short = Övning
practice-computer = Datorn
practice-phone = Mobilen
practice-desk = På bordet
practice-try-another = Prova något annat. Inget händer på riktigt.
practice-follow-tip = Följ tipset och försök igen. Inget händer på riktigt.
practice-trap-heading = Tur att det bara var en övning
practice-try-again = Försök igen
practice-done = Bra gjort! Du klarade övningen.
practice-go-on = Tryck på Nästa när du vill gå vidare.
practice-start-over = Börja om övningen
sim-call-incoming = Samtal kommer in
sim-call-ongoing = Samtal pågår
sim-code-typed = { $typed } av { $total } siffror
sim-erase = Radera
sim-from = Från: { $from }
sim-subject = Ämne: { $subject }
sim-attached = Bifogad bild: { $name }
detail-practice-done = Övning: { $title }. Klarad på { $attempts } försök.
detail-practice-not-done = Övning: { $title }. Inte klar än ({ $attempts } försök).
detail-practice-traps = Gick i fällan: { $traps }
## Datorns inställningsfil (för personalen)
machine-config-unreadable = Stegvis kunde inte läsa datorns inställningsfil { $file }. Stegvis startar med vanliga inställningar.
machine-config-syntax = Datorns inställningsfil { $file } är inte skriven rätt på rad { $line }. Stegvis bryr sig inte om filen och startar med vanliga inställningar. Jämför med exemplet config.toml.example.
machine-config-unknown = Datorns inställningsfil { $file } har en inställning som Stegvis inte känner till: { $key }. Tillåtna namn: { $allowed }.
machine-config-invalid = Datorns inställningsfil { $file }: { $key } = { $value } går inte att använda. Tillåtet: { $allowed }. Stegvis använder det vanliga värdet.
machine-config-allowed-data-folder = en hel sökväg till en mapp inom citattecken, till exempel "/srv/stegvis" eller "D:\Stegvis"
machine-config-allowed-language = { $codes }
machine-config-allowed-text-size = ett av talen { $sizes }
machine-config-allowed-theme = { $themes }
machine-config-allowed-lesson-folders = en lista med hela sökvägar, till exempel ["/srv/stegvis/lektioner"]
machine-config-allowed-kiosk = true (på) eller false (av)
machine-config-allowed-tutor-code-hash = en kod från kommandot stegvis tutor-code-hash, som börjar med $argon2
machine-config-allowed-pc-name = ett namn inom citattecken, 1 till { $max } tecken, till exempel "Dator 3, Stadsbiblioteket"
machine-config-allowed-room-folder = en hel sökväg till en mapp som alla datorer i rummet delar, till exempel "/mnt/kursrum/stegvis" eller "\\server\kurs\Stegvis"

## Kioskläge
kiosk-next-participant = Nästa deltagare
kiosk-quit = Stäng Stegvis
kiosk-no-code = Stegvis stängs med handledarkoden, men ingen kod är vald än. Personalen väljer den under För handledare.

## Datamappen
notice-data-folder-not-writable = Dina framsteg kan inte sparas, för Stegvis får inte skriva i mappen { $folder }. Du kan ändå göra lektionerna. Personalen kan välja en annan mapp (data_folder i datorns inställningsfil) eller använda bärbart läge på ett USB-minne.

## Moving progress between computers (export and import)
exchange-events = { $n ->
    [one] 1 händelse
   *[other] { $n } händelser
}
exchange-participants = { $n ->
    [one] 1 deltagare
   *[other] { $n } deltagare
}
exchange-courses = { $n ->
    [one] 1 kurs
   *[other] { $n } kurser
}
exchange-new-events = { $n ->
    [one] 1 ny händelse
   *[other] { $n } nya händelser
}
exchange-new-participants = { $n ->
    [one] 1 ny deltagare
   *[other] { $n } nya deltagare
}
exchange-new-courses = { $n ->
    [one] 1 ny kurs
   *[other] { $n } nya kurser
}
exchange-and = och
date-months = januari februari mars april maj juni juli augusti september oktober november december
date-weekdays = måndag tisdag onsdag torsdag fredag lördag söndag
exchange-exported = Klart! { $what } är sparade i filen { $file }.
exchange-imported = { $what } från { $pc }, exporterat { $when }.
exchange-nothing-changed = Ingenting ändrades.
exchange-refused-io = Filen gick inte att läsa eller spara ({ $error }).
exchange-refused-not-stegvis = Filen är inte en exportfil från Stegvis.
exchange-refused-newer = Filen kommer från en nyare Stegvis (format { $version }). Uppdatera Stegvis här först.
exchange-refused-checksum = Filen är skadad. Innehållet stämmer inte med kontrollsumman. Exportera en gång till på den andra datorn.
exchange-refused-truncated = Filen är inte hel. Den har klippts av, kanske när minnet drogs ut för tidigt. Exportera en gång till.
exchange-refused-store-newer = Databasen kommer från en nyare Stegvis och lämnas orörd.
exchange-refused-store = Databasen gick inte att använda ({ $error }).
cli-store-broken = Filen med framstegen är skadad: { $file }
    Stegvis har inte ändrat något. Starta programmet Stegvis: det sparar den skadade filen och kan hämta den senaste säkerhetskopian.
exchange-heading = Flytta mellan datorer
exchange-intro = Har ni flera datorer? Spara allt på ett USB-minne här och läs in det på den andra datorn. Då syns alla deltagare och allt de har gjort på båda.
exchange-open = Flytta mellan datorer ›
exchange-section = Flera datorer
exchange-export-heading = 1. Spara till ett USB-minne eller en mapp
exchange-export-intro = Sätt i USB-minnet. Tryck sedan på det ställe där filen ska sparas.
exchange-no-folders = Hittar inget USB-minne. Sätt i det och tryck på Leta igen.
exchange-save-in = Spara i { $folder }
exchange-other-folder = Eller skriv en annan mapp, till exempel en delad mapp
exchange-use-folder = Använd mappen
exchange-no-such-folder = Den mappen finns inte. Kolla stavningen och försök igen.
exchange-import-heading = 2. Läs in från en annan dator
exchange-import-intro = Här är filerna som finns på USB-minnet och i mapparna. Tryck på den fil du vill läsa in. Det är ofarligt att läsa in samma fil två gånger.
exchange-no-files = Hittar ingen fil att läsa in.
exchange-read-in = Läs in { $file }
exchange-file-detail = I { $folder }, sparad { $when }
exchange-rescan = Leta igen
exchange-pc-heading = Den här datorns namn
exchange-pc-intro = Namnet står i filerna du sparar, så att ni ser varifrån de kommer. Nu heter datorn { $name }.
exchange-pc-fixed = Datorn heter { $name }. Namnet är bestämt i datorns inställningsfil.
exchange-pc-name = Nytt namn, till exempel Dator 3
exchange-pc-save = Spara namnet
exchange-pc-saved = Datorn heter nu { $name }.
exchange-saving = Sparar … Det kan ta en stund.
exchange-reading = Läser in { $file } … Det kan ta en stund.
exchange-stopped = Det gick inte att göra klart.
exchange-log-heading = Det här har lästs in tidigare
exchange-log-empty = Inget har lästs in på den här datorn ännu.
exchange-log-line = { $when }: { $what } (fil: { $file })
exchange-refused-not-a-file = Det här är ingen vanlig fil. Välj en fil som Stegvis har sparat.
exchange-refused-too-big = Filen är för stor, över { $mb } MB. En fil från Stegvis är mycket mindre.
exchange-refused-time = Filen har en tid som inte kan stämma: { $when }. Kanske gick klockan fel på den andra datorn. Ställ klockan rätt där och exportera igen.
exchange-time-beyond = långt bort i tiden
exchange-refused-name = Filen har ett namn som inte får sparas här, till exempel ett personnummer, ett telefonnummer eller en e-postadress, eller ett tomt namn.
exchange-refused-text = Filen har en text som är för lång eller har dolda tecken.
exchange-refused-value = Filen har uppgifter som Stegvis aldrig skriver. Den kan ha ändrats efter att den sparades. Exportera en gång till på den andra datorn.
exchange-refused-too-many = Filen har för många { $what ->
    [courses] kurser
    [participants] deltagare
    [events] händelser
   *[rows] rader
} ({ $count }). Stegvis tar emot högst { $max }.
tutor-session-lessons = Lektioner på den här träffen:
tutor-session-no-lessons = Kursplanen har inga lektioner för den här träffen. Deltagarna kan välja fritt.
edit-tutors = Handledare (förnamn, skilj dem åt med komma)
edit-tutors-problem = Handledare:
tutor-tutors = Handledare: { $names }
tutor-no-tutors = Inga handledare är inskrivna. Skriv era förnamn under Ändra kursen.
tutor-help-waiting = { $count ->
    [one] En deltagare vill ha hjälp nu.
   *[other] { $count } deltagare vill ha hjälp nu.
}
edit-cancel = Avbryt
folder-back = Tillbaka
folder-heading = Var ska Stegvis spara?
folder-intro = Stegvis får inte spara i mappen { $folder } på den här datorn. Välj ett USB-minne eller skriv en mapp där det går att spara. Be gärna personalen om hjälp.
folder-no-usb = Hittar inget USB-minne. Sätt i det och tryck på Leta igen.
folder-use = Spara på { $folder }
folder-typed = Eller skriv en mapp
folder-type-one = Skriv en mapp först.
folder-not-writable = Det går inte att spara i mappen { $folder }. Välj en annan.
folder-busy = Vänta lite. Stegvis sparar eller läser in en fil just nu. Försök igen när det är klart.
folder-chosen = Nu sparar Stegvis i mappen { $folder }.
folder-choose = Välj en annan mapp
practice-tasks-done = { $done } av { $total } uppgifter klara
practice-todo-done = Klart: { $task }
practice-todo-left = Kvar: { $task }
practice-todo-partly = { $task } ({ $done } av { $total } klara)

## The course room's shared folder (src/room.rs, src/screen/tutor/room.rs)
room-heading = Datorerna i rummet
room-help-item = { $name } på { $pc }: { $lesson }, steg { $step }
room-pc-heard = { $pc }: senast hörd { $time }
room-pc-stale = { $pc }: inte hörd sedan { $time }. Kanske är den avstängd.
room-none-yet = Ingen annan dator i rummet har hörts av än.
room-unreachable = Kursrummets mapp går inte att nå just nu. Den här datorn sparar som vanligt och skickar allt när mappen går att nå igen.
room-read-only = Den här datorn får inte skriva i kursrummets mapp { $folder }. Den sparar som vanligt här. Be personalen om rätt att skriva i mappen.
room-skipped-damaged = Filen { $file } i kursrummets mapp är trasig eller inte färdigkopierad. Den hoppas över tills den är hel.
room-skipped-foreign = Filen { $file } i kursrummets mapp kommer inte från Stegvis. Den hoppas över.
room-skipped-newer = Filen { $file } i kursrummets mapp kommer från en nyare Stegvis. Den hoppas över tills den här datorn har fått samma version.
room-skipped-unreadable = Filen { $file } i kursrummets mapp gick inte att läsa. Den hoppas över.
room-skipped-refused = Filen { $file } i kursrummets mapp har något som Stegvis inte tar emot, till exempel en konstig tid eller ett namn som ser ut som ett personnummer. Den hoppas över.
room-folder-heading = Kursrummets mapp
room-folder-intro = Om alla datorer i rummet använder samma mapp, till exempel en nätverksmapp, blir de som en enda kurs. Kursen, deltagarna och handledarkoden följer med. En hjälpbegäran syns på alla datorer inom några sekunder.
room-folder-in-use = Den här datorn använder mappen { $folder }.
room-folder-fixed = Personalen har valt mappen { $folder } för den här datorn.
room-folder-none = Den här datorn använder ingen mapp för kursrummet.
room-folder-field = Mapp för kursrummet (lämna tomt för ingen)
room-folder-save = Spara kursrummets mapp
room-folder-saved = Den här datorn använder nu mappen { $folder } för kursrummet.
room-folder-cleared = Den här datorn använder inte längre någon mapp för kursrummet.
room-folder-missing = Mappen { $folder } finns inte eller går inte att nå. Kontrollera att du skrev rätt.
