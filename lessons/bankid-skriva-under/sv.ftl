title = Skriva under
summary = Att skriva under med BankID är som att skriva ditt namn på ett papper. Läs alltid hela texten i appen först. Skriv bara under sådant som du själv har startat. Annars trycker du på Avbryt.

intro = Med BankID kan du skriva under saker på nätet. Det är som att skriva ditt namn på ett papper. Du säger ja till något. Det kan vara din deklaration, alltså papperet om din skatt. Det kan också vara en betalning med Swish.

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
q1-a3-fb = Då har du redan sagt ja. Det är svårt att ta tillbaka. Tryck på Avbryt i stället.

klar = Stämmer allt? Skriv då in din säkerhetskod, eller använd fingret. Tryck sedan på Skriv under. Nu är det klart. Du har sagt ja, precis som med en namnteckning.

historik = I appen BankID finns en historik. Där ser du vad du har använt ditt BankID till. Titta där om du är osäker på vad som har hänt.

regler = Använd aldrig BankID för att någon ber dig i telefon, sms eller e-post. Banken, polisen och Skatteverket ringer aldrig och ber dig skriva under. Säg aldrig din kod till någon.

undantag = Det finns ett undantag. Har du själv ringt din bank, på numret på ditt kort? Då kan banken be dig visa vem du är med BankID. Titta då att appen visar namnet på din bank. Men ringer någon dig och ber dig logga in? Lägg på.

q2 = Du får ett sms. Där står att du måste skriva under med BankID för att få ditt paket. Vad gör du?
q2-hint = Tänk på regeln om telefon, sms och e-post.
q2-a1 = Jag skriver under, så att paketet kommer.
q2-a1-fb = Det är just så tjuvar lurar folk. Skriv aldrig under för att någon ber dig i ett sms.
q2-a2 = Jag skriver inte under och tar bort sms:et.
q2-a2-fb = Ja, precis! Du kan skicka sms:et vidare till 7726 först. Då blir det lättare att stoppa sådana sms.
q2-a3 = Jag svarar på sms:et med min kod.
q2-a3-fb = Din kod är hemlig. Säg den aldrig till någon, inte ens i ett sms.

slut = Bra jobbat! Nu vet du hur du skriver under med BankID. Har du skrivit under något ändå? Ring din bank med en gång, på numret på ditt kort. Anmäl sedan till polisen på 114 14. Numret finns alltid på polisen.se.

keywords =
    Skriva under: säga ja till något med BankID.
    Historik: listan i appen över vad du har använt BankID till.
    Deklaration: papperet om din skatt som du godkänner varje vår.
# Övningen skriv-under (scenarios/skriv-under.toml)
skriv-under-titel = Skriv under en betalning
skriv-under-uppgift = Du ska betala två räkningar i appen Min bank. Du skriver under med BankID. Övningskoden står på lappen. Den är inte en riktig kod. Din riktiga kod skriver du aldrig ner. Läs noga vad BankID säger. Inget händer på riktigt.
skriv-under-tips = Läs texten i BankID. Stämmer den med det du gör?
skriv-under-slut = Första gången stämde texten med räkningen. Då skrev du under. Andra gången stod det något annat. Då avbröt du. Läs alltid texten innan du skriver under.
skriv-under-lapp = Övningskod: 472915
skriv-under-bank = Min bank
skriv-under-app = BankID
skriv-under-rakning-rubrik = Betala räkning
skriv-under-rakning-1 = Till: Elbolaget. Att betala: 845 kr.
skriv-under-betala = Betala
skriv-under-app-rubrik = Min bank vill att du skriver under
skriv-under-app-text-1 = Jag godkänner att 845 kr betalas till Elbolaget.
skriv-under-app-text-2 = Jag godkänner ett lån på 30 000 kr från Snabblån.
skriv-under-skriv = Skriv under
skriv-under-avbryt = Avbryt
skriv-under-kod-tips = Titta på lappen. Skriv alla sex siffror. Tryck sedan på Skriv under.
skriv-under-avbryt-tips = Texten stämmer med räkningen som du själv vill betala. Då kan du skriva under.
skriv-under-betald = Klart! Räkningen är betald.
skriv-under-rakning-2 = Du har en räkning till. Till: Tidningen. Att betala: 129 kr.
skriv-under-lanat = Klart! Du har lånat 30 000 kr.
skriv-under-avbrutet-rubrik = Du avbröt
skriv-under-avbrutet-text = Inget blev underskrivet. Du kan ringa din bank och fråga vad som hände.
skriv-under-falla-titel = Du skrev under ett lån
skriv-under-falla-text = Om det här hade hänt på riktigt, hade du nu lånat 30 000 kr. Pengarna kan hamna hos en tjuv. Du ville betala en räkning, men texten sa något annat. Då ska du trycka på Avbryt.
