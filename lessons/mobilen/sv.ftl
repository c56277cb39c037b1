title = Mobilen
summary = Du vet nu hur du trycker, sveper och håller kvar fingret på skärmen. Du kan göra texten större. Du hämtar appar bara i mobilens egen appbutik, och du tar emot uppdateringar. Ett skärmlås skyddar mobilen om du tappar den.

intro = En smart mobil är som en liten dator i fickan. Du styr den med fingret på skärmen. Skärmen är den glatta rutan där allt syns. Mobilen går inte sönder om du trycker fel.

touch =
    Du rör skärmen på tre sätt.
    Tryck: rör skärmen lätt en gång och släpp.
    Svep: dra fingret över skärmen, till exempel uppåt.
    Håll kvar: tryck och vänta en stund innan du släpper.
touch-picture = Här ser du de tre sätten på bild: tryck, svep och håll kvar.
touch-alt = Tre mobiler. På den första rör ett finger skärmen en gång: Tryck. På den andra går en pil uppåt från fingret: Svep. På den tredje står en liten klocka ovanför fingret: Håll kvar.

q-scroll = Du läser en lång text i mobilen. Hur ser du resten av texten?
q-scroll-hint = Tänk på de tre sätten att röra skärmen.
q-scroll-a1 = Jag trycker hårt på skärmen.
q-scroll-a1-fb = Du behöver aldrig trycka hårt. Svep i stället: dra fingret uppåt.
q-scroll-a2 = Jag sveper uppåt med fingret.
q-scroll-a2-fb = Ja, precis! Texten flyttar sig uppåt, och du ser mer.
q-scroll-a3 = Jag håller kvar fingret länge.
q-scroll-a3-fb = Då öppnas ofta en liten meny. Svep uppåt i stället.

text-size = Är texten för liten? Du kan göra den större. Öppna appen Inställningar. Den har ett kugghjul. Leta efter Skärm eller Text. Där finns ofta Textstorlek. Dra reglaget åt höger. Orden kan vara lite olika i olika mobiler. Be gärna någon visa dig på din egen mobil.

apps = En app är ett program i mobilen. Du hämtar appar i mobilens egen appbutik. I en iPhone heter den App Store. I andra mobiler heter den ofta Play Butik. Hämta aldrig en app från en länk i ett sms. Hämta aldrig en app för att någon ber dig i telefon.

q-app = Någon ringer och säger: Hämta den här appen, så hjälper jag dig med banken. Vad gör du?
q-app-hint = Vem ska bestämma vilka appar du hämtar?
q-app-a1 = Jag hämtar appen.
q-app-a1-fb = Appen kan låta en tjuv styra din mobil. Lägg på.
q-app-a2 = Jag lägger på.
q-app-a2-fb = Ja, precis! Hämta bara appar som du själv har valt, i mobilens egen appbutik.
q-app-a3 = Jag ber om en länk i ett sms.
q-app-a3-fb = En länk kan leda till en falsk app. Lägg på.

update = Mobilen och apparna behöver uppdateras ibland. En uppdatering lagar fel och gör mobilen säkrare. Ofta frågar mobilen själv, eller gör det på natten. Du kan också uppdatera apparna i appbutiken. Koppla gärna in laddaren först.

lock = Ett skärmlås skyddar mobilen. För att öppna den slår du in en kod. Du kan också visa ditt finger eller ansikte. Tappar du mobilen, kommer ingen annan in. Välj en kod som är svår att gissa. Ta en annan kod än den till ditt BankID.

q-lock = Varför ska mobilen ha ett skärmlås?
q-lock-hint = Tänk på vad som händer om du tappar mobilen.
q-lock-a1 = Så att ingen annan kommer in i den.
q-lock-a1-fb = Ja, precis! Den som hittar mobilen kommer inte in.
q-lock-a2 = Så att batteriet räcker längre.
q-lock-a2-fb = Låset skyddar det som finns i mobilen, till exempel dina bilder och sms.
q-lock-a3 = Det behövs bara i en ny mobil.
q-lock-a3-fb = Alla mobiler behöver ett lås. Utan lås kan den som hittar mobilen läsa allt.

outro = Bra gjort! Tryck, svep och håll kvar. Gör texten större om du vill. Hämta appar bara i mobilens egen appbutik. Ha ett skärmlås. Ringer någon och vill att du hämtar en app? Lägg på.

keywords =
    Skärm: den glatta rutan på mobilen där allt syns.
    Svepa: dra fingret över skärmen.
    App: ett program i mobilen.
    Appbutik: mobilens egen butik för appar, App Store eller Play Butik.
    Uppdatering: en ny version som lagar fel.
    Skärmlås: en kod, ditt finger eller ansikte som öppnar mobilen.
# Övningen mobilen-ovning (scenarios/mobilen-ovning.toml)
mobilen-ovning-titel = Tre saker i mobilen
mobilen-ovning-uppgift = Gör tre saker i mobilen. Gör texten större. Uppdatera apparna. Ta bort ett falskt sms. Tryck på knapparna i mobilen. Inget händer på riktigt.
mobilen-ovning-tips = Börja på hemskärmen. Där finns Inställningar, Appbutiken och Meddelanden.
mobilen-ovning-slut = Du gjorde texten större under Inställningar. Du uppdaterade apparna i appbutiken. Och du tog bort sms:et utan att trycka på länken. Appar hämtar du bara i mobilens egen appbutik.
mobilen-ovning-att-text = Gör texten större.
mobilen-ovning-att-uppdatera = Uppdatera apparna.
mobilen-ovning-att-sms = Ta bort det falska sms:et.
mobilen-ovning-hemskarm = Hemskärmen
mobilen-ovning-hem-text = Tryck på en app för att öppna den.
mobilen-ovning-installningar = Inställningar
mobilen-ovning-appbutiken = Appbutiken
mobilen-ovning-meddelanden-nytt = Meddelanden (1 nytt)
mobilen-ovning-meddelanden = Meddelanden
mobilen-ovning-ljud = Ljud
mobilen-ovning-ljud-tips = Textstorleken finns under Skärm och text.
mobilen-ovning-skarm = Skärm och text
mobilen-ovning-till-hem = Till hemskärmen
mobilen-ovning-klart-text = Klart: Texten är större.
mobilen-ovning-textstorlek = Textstorlek
mobilen-ovning-storlek-fraga = Hur stor ska texten vara?
mobilen-ovning-liten = Liten
mobilen-ovning-mellan = Mellan, som nu
mobilen-ovning-stor = Stor
mobilen-ovning-storlek-tips = Välj den största texten: Stor.
mobilen-ovning-butik-rubrik = Appbutiken
mobilen-ovning-butik-text = Tre appar kan uppdateras.
mobilen-ovning-uppdatera = Uppdatera alla
mobilen-ovning-klart-uppdatera = Klart: Alla appar är uppdaterade.
mobilen-ovning-skydd-fran = Mobilskydd
mobilen-ovning-skydd-kort = Varning! Din mobil har virus…
mobilen-ovning-skydd-text = Varning! Din mobil har virus. Hämta vår app nu, annars förlorar du allt:
mobilen-ovning-skydd-lank = skydd.example/app
mobilen-ovning-ta-bort = Ta bort sms:et
mobilen-ovning-klart-sms = Klart: Det falska sms:et är borttaget.
mobilen-ovning-karin-fran = Karin
mobilen-ovning-karin-text = Ses vi på biblioteket i morgon?
mobilen-ovning-till-alla = Till alla sms
mobilen-ovning-lank-titel = Du tryckte på länken
mobilen-ovning-lank-text = Om det här hade hänt på riktigt, kunde du ha hämtat en falsk app. Den kan låta en tjuv se och styra din mobil. Hämta appar bara i mobilens egen appbutik. Ta bort sms:et.
