title = Videosamtal med familjen
summary = I ett videosamtal ser ni varandra när ni pratar. Du svarar med den gröna knappen och lägger på med den röda. Du kan stänga av och sätta på kameran och ljudet. Har du missat ett samtal? Ring upp från listan. Svara bara när du vet vem det är.

what = Ett videosamtal är ett samtal där ni ser varandra. Kameran i mobilen visar ditt ansikte. Du ser den andra på skärmen. Har du internet hemma, kostar det oftast inget extra. Så kan du se barn och barnbarn, fast de bor långt bort.

apps = Det finns flera appar för videosamtal. En app är ett program i mobilen. Ofta är det familjen som väljer app. Be dem hjälpa dig att hämta samma app som de har. Det går också bra med en dator eller en surfplatta. En surfplatta är som en stor mobil.

answer = När någon ringer med video, ser du namnet på skärmen. Tryck på den gröna knappen för att svara. Den röda knappen lägger på. Håll mobilen en bit framför ansiktet. Då ser de dig, och du ser dem.

buttons = Under samtalet finns knappar på skärmen. En knapp har en bild av en mikrofon. Mikrofonen är den del som tar upp din röst. Trycker du på den knappen, stängs ljudet av. Då hör de dig inte. Knappen med en kamera stänger av bilden. Då ser de dig inte. Tryck en gång till, så är det på igen.
buttons-alt = En mobil med ett samtal med Lisa. Bredvid finns tre runda knappar: Ljud med en mikrofon, Kamera, och en röd knapp för att lägga på. Under står: Tryck en gång: av. Tryck igen: på.

q1 = Du pratar med Lisa i video. Hon säger: Jag hör dig inte! Vad gör du?
q1-hint = Vilken knapp tar upp din röst?
q1-a1 = Jag pratar högre
q1-a1-fb = Det hjälper inte när ljudet är av. Titta på knappen med mikrofonen.
q1-a2 = Jag tittar om ljudet är av och trycker på mikrofonen
q1-a2-fb = Ja, precis! Då hör Lisa dig igen.
q1-a3 = Jag lägger på direkt
q1-a3-fb = Det behövs inte. Oftast är det bara ljudet som är av. Tryck på mikrofonen.

back = Har du missat ett samtal? Då syns det i listan över samtal. Där står namnet och när de ringde. Tryck på namnet för att ringa upp. Passar det inte nu? Skicka ett kort meddelande, till exempel: Jag ringer i kväll.

q2 = Ditt barnbarn har ringt med video, men du hann inte svara. Vad kan du göra?
q2-hint = Var syns samtalen som du har missat?
q2-a1 = Ringa upp från listan över samtal
q2-a1-fb = Ja, precis! Tryck på namnet i listan, så ringer du upp.
q2-a2 = Ingenting, samtalet är borta
q2-a2-fb = Samtalet finns kvar i listan. Tryck på namnet där för att ringa upp.

stranger = Svara bara när du vet vem det är. Ringer någon du inte känner? Då behöver du inte svara. Ber någon om pengar eller en kod under ett samtal? Lägg på. Ring själv upp personen, på det nummer du brukar ringa. Så vet du vem du pratar med.

q3 = Någon du inte känner ringer med video. Personen ber om pengar. Vad gör du?
q3-hint = Vem ska du svara och prata med?
q3-a1 = Jag swishar lite, för säkerhets skull
q3-a1-fb = Pengar till någon du inte känner är svåra att få tillbaka. Lägg på i stället.
q3-a2 = Jag lägger på
q3-a2-fb = Ja, precis! Det är aldrig fel att lägga på.

outro = Bra jobbat! Nu vet du hur ett videosamtal går till. Grön knapp svarar, röd knapp lägger på. Hör de dig inte? Titta på mikrofonen. Be gärna familjen att öva med dig.

keywords =
    Videosamtal: ett samtal där ni ser varandra.
    App: ett program i mobilen.
    Mikrofon: den del som tar upp din röst.
    Ringa upp: ringa till den som ringde dig.

# Övningen lisa-ringer (scenarios/lisa-ringer.toml)
lisa-ringer-titel = Lisa ringer med video
lisa-ringer-uppgift = Din dotter Lisa ringer med video. Svara. Se till att Lisa både ser och hör dig. Lägg sedan på. Inget händer på riktigt.
lisa-ringer-tips = Läs vad Lisa säger. Vad behöver du sätta på?
lisa-ringer-att-kamera = Sätt på kameran, så att Lisa ser dig.
lisa-ringer-att-ljud = Sätt på ljudet, så att Lisa hör dig.
lisa-ringer-slut = Du svarade och satte på både kameran och ljudet. Då kunde Lisa se och höra dig. Sedan lade du på med den röda knappen. Så går ett videosamtal till.
lisa-ringer-app-rad = Videosamtal
lisa-ringer-lisa = Lisa
lisa-ringer-ringer-text = Lisa vill prata med dig i video.
lisa-ringer-svara = Svara
lisa-ringer-avvisa = Avvisa
lisa-ringer-avvisa-tips = Det är Lisa. Du vill prata med henne. Tryck på den gröna knappen.
lisa-ringer-ingen = Lisa: Hej! Jag ser och hör dig inte. Är kamera och ljud av?
lisa-ringer-bara-kamera = Lisa: Nu ser jag dig! Men jag hör dig inte. Är ljudet av?
lisa-ringer-bara-ljud = Lisa: Nu hör jag dig! Men jag ser dig inte. Är kameran av?
lisa-ringer-glad = Lisa: Nu ser och hör jag dig! Vad roligt. Vi hörs. Hej då!
lisa-ringer-satt-pa-kamera = Sätt på kameran
lisa-ringer-stang-av-kamera = Stäng av kameran
lisa-ringer-satt-pa-ljud = Sätt på ljudet
lisa-ringer-stang-av-ljud = Stäng av ljudet
lisa-ringer-lagg-pa = Lägg på
lisa-ringer-lagg-pa-tips = Lisa ser eller hör dig inte än. Sätt på det som är av. Lägg på sedan.
lisa-ringer-slut-rubrik = Samtalet är slut
lisa-ringer-slut-text = Du pratade med Lisa i tre minuter.
