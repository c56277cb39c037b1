title = Falsk röst och nytt nummer
summary = Du vet nu att tjuvar låtsas vara ditt barn eller barnbarn, i sms eller med en härmad röst. De vill alltid ha pengar, och det är bråttom. Du ringer då själv på det gamla numret som du redan har. Ni har ett kodord i familjen.

intro = Tjuvar låtsas ibland vara någon i din familj. De skriver ett sms: Hej mamma, jag har bytt nummer. Eller de ringer, med en röst som låter som ditt barnbarn. De vill alltid ha pengar, och det är alltid bråttom.

sms = Sms:et kommer från ett nummer som du inte har. Den som skriver säger att mobilen har gått sönder. Sedan kommer en fråga: Kan du betala en räkning åt mig? Du får pengarna tillbaka snart. Det låter som ditt barn. Men det är en tjuv.
sms-alt = En mobil med ett sms från ett okänt nummer: Hej mamma! Jag har nytt nummer. Kan du swisha 4 800 kr? Det är bråttom! Bredvid står ett rött kryss: Skicka inget. Och en grön bock: Ring det gamla numret. Under den en telefon och namnet Anna.

check = Så gör du: Ring på det gamla numret, som du redan har. Då når du den riktiga personen. Skicka inga pengar innan du har pratat med den riktiga personen. Svara inte på sms:et. Du kan också fråga någon annan i familjen.

q-sms = Du får ett sms: Hej mamma! Min mobil gick sönder. Det här är mitt nya nummer. Kan du swisha 4 800 kr? Vad gör du?
q-sms-hint = Vilket nummer vet du säkert att ditt barn har?
q-sms-a1 = Jag swishar pengarna. Det är ju mitt barn.
q-sms-a1-fb = Det är lätt att vilja hjälpa. Men det kan vara en tjuv. Ring först på det gamla numret.
q-sms-a2 = Jag ringer det nya numret.
q-sms-a2-fb = Där svarar tjuven, eller ingen alls. Ring det gamla numret, som du redan har.
q-sms-a3 = Jag ringer mitt barn på det gamla numret.
q-sms-a3-fb = Ja, precis! Då når du den riktiga personen.

voice = Nu finns det datorer som kan härma en röst. Tekniken kallas AI. Tjuven behöver bara en kort bit av rösten, till exempel från en film på nätet. Rösten i mobilen kan därför låta precis som ditt barnbarn. Den kan gråta och be om hjälp med pengar.

code-word = Bestäm ett kodord i familjen. Det är ett ord som bara ni vet. Skriv det aldrig på nätet. Ringer någon och ber om pengar? Fråga efter kodordet. Kan den som ringer inte säga det, lägger du på. Ring sedan själv på numret du redan har.

q-voice = Ditt barnbarn Emil ringer och gråter. Han behöver pengar nu. Rösten låter precis som Emils. Vad gör du?
q-voice-hint = En röst kan härmas. Vad vet bara er familj?
q-voice-a1 = Jag skickar pengar direkt. Det är bråttom.
q-voice-a1-fb = Tjuvar vill att det ska gå fort. Lägg på och ring upp själv.
q-voice-a2 = Jag frågar efter vårt kodord.
q-voice-a2-fb = Ja, precis! Kan den som ringer inte kodordet, lägger du på. Ring sedan Emil på numret du redan har.
q-voice-a3 = Jag litar på rösten.
q-voice-a3-fb = En röst kan härmas. Fråga efter kodordet, eller lägg på och ring upp själv.

help = Har du redan skickat pengar? Ring din bank direkt, på numret på ditt kort. Anmäl sedan till polisen på 114 14. Är du i fara, ring 112. Det är inte ditt fel. Tjuvarna är skickliga.

outro = Bra gjort! Ring alltid på det gamla numret. Fråga efter kodordet. Kom ihåg polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.

keywords =
    Nytt nummer: tjuvar säger ofta att de har bytt nummer. Ring det gamla.
    AI: datorer som kan härma en röst.
    Kodord: ett ord som bara din familj vet.
    Polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.
# Övningen nytt-nummer (scenarios/nytt-nummer.toml)
nytt-nummer-titel = Hej mamma, nytt nummer
nytt-nummer-uppgift = Du har fått ett sms från ett nummer som du inte har. Öppna det och välj vad du gör. Tryck på knapparna i mobilen. Inget händer på riktigt.
nytt-nummer-tips = Vilket nummer vet du säkert att Anna har?
nytt-nummer-slut = Du ringde Anna på hennes gamla nummer. Hon hade inte skickat sms:et. Så gör du på riktigt också: ring på numret som du redan har, innan du skickar pengar.
nytt-nummer-meddelanden = Meddelanden
nytt-nummer-samtal = Telefon
nytt-nummer-okand-nummer = 070-174 06 23
nytt-nummer-sms-1-kort = Hej mamma! Min mobil gick sönder…
nytt-nummer-sms-1 = Hej mamma! Min mobil gick sönder, så det här är mitt nya nummer. Kan du swisha 4 800 kr till mig? Jag måste betala en räkning i dag. Du får pengarna tillbaka på fredag. Kram!
nytt-nummer-anna-namn = Anna
nytt-nummer-anna-nummer = 070-174 06 12
nytt-nummer-anna-gammalt = Tack för i söndags! Kram
nytt-nummer-till-alla = Till alla sms
nytt-nummer-swisha = Swisha 4 800 kr
nytt-nummer-fraga = Svara: Vem är det?
nytt-nummer-du-fragar = Du skrev: Vem är det?
nytt-nummer-sms-2 = Det är ju jag, Anna! Snälla mamma, det är bråttom. Jag kan inte prata nu.
nytt-nummer-ring-nya = Ring det nya numret
nytt-nummer-ring-nya-tips = Där svarar tjuven, eller ingen alls. Ring Anna på numret som du redan har.
nytt-nummer-ring-anna = Ring Anna på det gamla numret
nytt-nummer-anna-svar = – Hej mamma! Nej, min mobil är hel. Jag har inte skickat något sms. Skicka inga pengar!
nytt-nummer-lagg-pa = Lägg på
nytt-nummer-efter-text = Sms:et kom från en tjuv. Ta bort det.
nytt-nummer-ta-bort = Ta bort sms:et
nytt-nummer-klar-text = Det falska sms:et är borta.
nytt-nummer-swish-titel = Du swishade pengarna
nytt-nummer-swish-text = Om det här hade hänt på riktigt, hade pengarna gått till en tjuv. De kommer inte tillbaka. Ring alltid på det gamla numret först, innan du skickar pengar.
