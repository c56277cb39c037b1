title = Skriva under
summary = Att skriva under med BankID är som att skriva ditt namn på ett papper. Läs alltid hela texten i appen först. Skriv bara under sådant som du själv har startat. Annars trycker du på Avbryt.

intro = Med BankID kan du skriva under saker på nätet. Det är som att skriva ditt namn på ett papper. Du säger ja till något. Det kan vara din deklaration till Skatteverket. Det kan också vara en betalning med Swish.

las = När du ska skriva under öppnas appen BankID. Där står vad du skriver under på. Läs hela texten noga. Gör som med ett papper: läs först och skriv sedan.
las-alt = En mobil som visar en text att skriva under. Under texten finns knapparna Skriv under och Avbryt.

egen = Skriv bara under sådant som du själv har startat. Har du inte själv börjat med något? Tryck då på Avbryt. Förstår du inte vad texten betyder? Tryck också på Avbryt och fråga någon.

q1 = Appen vill att du skriver under ett lån. Men du har inte sökt något lån. Vad gör du?
q1-hint = Har du själv startat det här?
q1-a1 = Jag skriver under, det är säkert rätt.
q1-a1-fb = Då kan du få ett lån, och någon annan tar pengarna. Skriv bara under det du själv har startat.
q1-a2 = Jag trycker på Avbryt.
q1-a2-fb = Ja, precis! Du har inte startat det själv. Då ska du alltid avbryta.
q1-a3 = Jag skriver under och ringer banken sedan.
q1-a3-fb = Då har du redan sagt ja. Det är svårt att ta tillbaka.

klar = Stämmer allt? Skriv då in din säkerhetskod, eller använd fingret. Tryck sedan på Skriv under. Nu är det klart. Du har sagt ja, precis som med en namnteckning.

historik = I appen BankID finns en historik. Där ser du vad du har använt ditt BankID till. Titta där om du är osäker på vad som har hänt.

regler = Använd aldrig BankID för att någon ber dig i telefon, sms eller e-post. Banken, polisen och Skatteverket ringer aldrig och ber dig skriva under. Säg aldrig din kod till någon.

q2 = Du får ett sms. Där står att du måste skriva under med BankID för att få ditt paket. Vad gör du?
q2-hint = Tänk på regeln om telefon, sms och e-post.
q2-a1 = Jag skriver under, så att paketet kommer.
q2-a1-fb = Det är just så tjuvar lurar folk. Skriv aldrig under för att någon ber dig i ett sms.
q2-a2 = Jag skriver inte under och tar bort sms:et.
q2-a2-fb = Ja, precis! Du kan skicka sms:et vidare till 7726 först. Då blir det lättare att stoppa sådana sms.
q2-a3 = Jag svarar på sms:et med min kod.
q2-a3-fb = Din kod är hemlig. Säg den aldrig till någon, inte ens i ett sms.

slut = Bra jobbat! Nu vet du hur du skriver under med BankID. Har du skrivit under något ändå? Ring din bank med en gång, på numret på ditt kort. Anmäl sedan till polisen på 114 14.

keywords =
    Skriva under: säga ja till något med BankID.
    Historik: listan i appen över vad du har använt BankID till.
    Deklaration: papperet om din skatt som du godkänner varje vår.
