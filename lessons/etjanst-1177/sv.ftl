title = 1177 – råd om vård
summary = Du kan ringa 1177 när som helst och få råd om vård. På 1177.se kan du logga in med BankID. Där kan du boka tid, förnya recept och läsa din journal. Du kan också skriva till din mottagning.

phone = 1177 är vårdens nummer för råd. Du kan ringa dit när som helst, dag som natt. En sjuksköterska svarar och hjälper dig. Är det fara för livet ringer du 112.
phone-alt = En telefon som ringer 1177. Bredvid står Dag och natt.

web = Det finns också en webbplats som heter 1177.se. En webbplats är en sida på nätet. Där kan du läsa om sjukdomar och vård. Det kan alla göra, utan att logga in.

own = Du kan också logga in med BankID. Då ser du din egen vård. Du kan boka en tid eller avboka en tid. Du kan förnya ett recept. Det betyder att du ber om mer av samma medicin.
own-alt = En kalender på skärmen. En tid är bokad på tisdag klockan 10.

journal = Du kan också läsa din journal. Journalen är det som vården skriver om dig. Du kan skicka ett meddelande till din mottagning, till exempel vårdcentralen. Det är som ett brev, fast på skärmen.

region = Vad du kan göra beror på var du bor. Det kan skilja mellan olika mottagningar. Logga in på 1177.se och se vad som finns för dig.

q1 = Du mår dåligt en natt och vill ha råd. Vad kan du göra?
q1-hint = Tänk på när 1177 svarar.
q1-a1 = Ringa 1177
q1-a1-fb = Ja, precis! 1177 svarar dag som natt. Är det fara för livet ringer du 112.
q1-a2 = Vänta tills mottagningen öppnar på måndag
q1-a2-fb = Du behöver inte vänta så länge. Du kan få råd om vård när som helst.

q2 = Du vill boka en tid på 1177.se. Vad gör du först?
q2-hint = Vården måste vara säker på att det är du.
q2-a1 = Skriver mitt namn i en ruta
q2-a1-fb = Vem som helst kan skriva ditt namn. Vården måste veta att det verkligen är du.
q2-a2 = Loggar in med BankID
q2-a2-fb = Ja, precis! När du har loggat in ser du din egen vård.
q2-a3 = Ringer 112
q2-a3-fb = 112 ringer du bara när det är fara för livet. Att boka tid gör du på annat sätt.

q3 = Vad är din journal?
q3-hint = Den handlar bara om dig och din vård.
q3-a1 = En tidning om hälsa
q3-a1-fb = Det finns tidningar om hälsa. Men journalen är något annat.
q3-a2 = Det som vården skriver om dig
q3-a2-fb = Ja, precis! Du kan läsa den på 1177.se när du har loggat in.

outro = Bra gjort! Nu vet du vad 1177 kan hjälpa dig med. Ring när du vill ha råd. Logga in när du vill sköta din egen vård.

keywords =
    1177: vårdens nummer för råd, dag som natt.
    Recept: det du behöver för att få medicin.
    Förnya ett recept: be om mer av samma medicin.
    Journal: det som vården skriver om dig.
    Mottagning: där du får vård, till exempel vårdcentralen.

# Övningen boka-tid (scenarios/boka-tid.toml)
boka-tid-titel = Boka en tid i vårdappen
boka-tid-uppgift = Logga in i Vårdappen med BankID i samma mobil. Boka en tid hos Vårdcentralen Norr. Välj en tid som passar dig. Övningskoden står på lappen. Den är inte en riktig kod. Din riktiga kod skriver du aldrig ner. Inget händer på riktigt.
boka-tid-tips = Läs vad som står på mobilen. Vad ska du göra nu?
boka-tid-slut = Du loggade in och bokade en tid. Du läste vad som stod innan du tryckte på Boka. På riktigt kan du se din tid i appen efteråt.
boka-tid-lapp = Övningskod: 614208
boka-tid-app-rad = Vårdappen
boka-tid-app-rubrik = Vårdappen
boka-tid-app-text = Här kan du boka tid och läsa om din vård. Logga in först.
boka-tid-logga-in = Logga in med BankID
boka-tid-val-rubrik = Hur vill du logga in?
boka-tid-val-samma = BankID på den här enheten
boka-tid-val-annan = BankID på annan enhet
boka-tid-annan-tips = Du har bara mobilen. Välj BankID på den här enheten.
boka-tid-bankid-rad = BankID
boka-tid-vem-rubrik = Vårdappen vill att du loggar in
boka-tid-vem-text = Är det du som vill logga in? Skriv då din kod och tryck på Identifiera.
boka-tid-identifiera = Identifiera
boka-tid-avbryt = Avbryt
boka-tid-kod-tips = Koden var inte rätt. Titta på lappen. Skriv alla sex siffror. Tryck sedan på Identifiera.
boka-tid-avbryt-tips = Det är du som vill logga in. Skriv din kod i stället.
boka-tid-hem-rubrik = Hej! Du är inloggad.
boka-tid-boka = Boka tid
boka-tid-journal = Läs din journal
boka-tid-journal-tips = Du ska boka en tid. Tryck på Boka tid.
boka-tid-mottagning-fraga = Var vill du boka en tid?
boka-tid-norr = Vårdcentralen Norr
boka-tid-tandvard = Tandvården
boka-tid-mottagning-tips = Du ska boka hos Vårdcentralen Norr.
boka-tid-tid-fraga = Välj en tid som passar dig.
boka-tid-tid-1 = Tisdag 14 april klockan 9.30
boka-tid-tid-2 = Torsdag 16 april klockan 14.00
boka-tid-bekrafta-rubrik = Stämmer det här?
boka-tid-bekrafta = Boka
boka-tid-annan-tid = Välj en annan tid
boka-tid-bokad-rubrik = Din tid är bokad
boka-tid-bokad-text = Du får en påminnelse dagen innan.
