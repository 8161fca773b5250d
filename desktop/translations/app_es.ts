<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AssignmentDialog</name>
        <message numerus="yes">
            <location filename="../widgets/assignment_dialog.py" />
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n estudiante</numerusform>
                <numerusform>%n estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>(not assigned to anyone yet)</source>
            <translation>(todavía sin asignar a nadie)</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>A team</source>
            <translation>Un equipo</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Apply type and due date to selected</source>
            <translation>Aplicar tipo y fecha límite a lo seleccionado</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assign</source>
            <translation>Asignar</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assign a module</source>
            <translation>Asignar un módulo</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assign to</source>
            <translation>Asignar a</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assigned {module} to {who}.</source>
            <translation>{module} asignado a {who}.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assigning</source>
            <translation>Asignando</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assignment changed.</source>
            <translation>Asignación modificada.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assignment removed.</source>
            <translation>Asignación eliminada.</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/assignment_dialog.py" />
            <source>At most %n student(s) at once; assign a team instead.</source>
            <translation>
                <numerusform>Como máximo %n estudiante a la vez; asigna un equipo.</numerusform>
                <numerusform>Como máximo %n estudiantes a la vez; asigna un equipo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Changes go to the server at once (this needs a connection); students' devices receive them at their next sync.</source>
            <translation>Los cambios se envían al servidor de inmediato (hace falta conexión); los dispositivos de los estudiantes los reciben en su próxima sincronización.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Changing</source>
            <translation>Modificando</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Choose a module.</source>
            <translation>Elige un módulo.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Current assignments</source>
            <translation>Asignaciones actuales</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Current assignments of this module</source>
            <translation>Asignaciones actuales de este módulo</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Due on</source>
            <translation>Vence el</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Filter students</source>
            <translation>Filtrar estudiantes</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>No team is known yet: sync first, or assign students.</source>
            <translation>Todavía no se conoce ningún equipo: sincroniza primero o asigna estudiantes.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Remove selected</source>
            <translation>Quitar lo seleccionado</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Removing</source>
            <translation>Quitando</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Select an assignment in the list first.</source>
            <translation>Selecciona primero una asignación en la lista.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Select at least one student.</source>
            <translation>Selecciona al menos un estudiante.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Sign in again to change assignments.</source>
            <translation>Vuelve a iniciar sesión para cambiar las asignaciones.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Students</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>The whole university</source>
            <translation>Toda la universidad</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Your account belongs to no university.</source>
            <translation>Tu cuenta no pertenece a ninguna universidad.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>has a due date</source>
            <translation>tiene fecha límite</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>reading a module's assignments</source>
            <translation>leer las asignaciones de un módulo</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>team #{id}</source>
            <translation>equipo n.º {id}</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>team {name}</source>
            <translation>equipo {name}</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>the whole university</source>
            <translation>toda la universidad</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>{what} failed.</source>
            <translation>{what}: ha fallado.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>{who}: {type}, {due}</source>
            <translation>{who}: {type}, {due}</translation>
        </message>
    </context>
    <context>
        <name>ChartBox</name>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Charts are not available on this computer ({error}).</source>
            <translation>Los gráficos no están disponibles en este equipo ({error}).</translation>
        </message>
    </context>
    <context>
        <name>CodeEditor</name>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Plain text editor</source>
            <translation>Editor de texto sin formato</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Read only.</source>
            <translation>Solo lectura.</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Tab indents and Shift+Tab dedents by four spaces; press Escape, then Tab, to move on from the editor.</source>
            <translation>Tab añade una sangría de cuatro espacios y Mayús+Tab la quita; para salir del editor, presiona Esc y luego Tab.</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>{language} code editor</source>
            <translation>Editor de código {language}</translation>
        </message>
    </context>
    <context>
        <name>CodeTabs</name>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>You can read this file but not change it.</source>
            <translation>Puedes leer este archivo, pero no modificarlo.</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>{name} (read only)</source>
            <translation>{name} (solo lectura)</translation>
        </message>
    </context>
    <context>
        <name>CountdownOverlay</name>
        <message>
            <location filename="../kiosk/countdown.py" />
            <source>I'm still here</source>
            <translation>Sigo aquí</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/countdown.py" />
            <source>Signing you out in %n second(s)</source>
            <translation>
                <numerusform>Se cerrará tu sesión en %n segundo</numerusform>
                <numerusform>Se cerrará tu sesión en %n segundos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/countdown.py" />
            <source>Still there?</source>
            <translation>¿Sigues ahí?</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/countdown.py" />
            <source>Still there? Signing you out in %n second(s). Touch anywhere or press any key to keep working.</source>
            <translation>
                <numerusform>¿Sigues ahí? Se cerrará tu sesión en %n segundo. Toca en cualquier parte o presiona cualquier tecla para seguir trabajando.</numerusform>
                <numerusform>¿Sigues ahí? Se cerrará tu sesión en %n segundos. Toca en cualquier parte o presiona cualquier tecla para seguir trabajando.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/countdown.py" />
            <source>Touch anywhere to keep working.</source>
            <translation>Toca en cualquier parte para seguir trabajando.</translation>
        </message>
    </context>
    <context>
        <name>DemoServer</name>
        <message>
            <location filename="../demo.py" />
            <source>the demo server did not start within {seconds} s</source>
            <translation>el servidor de demostración no se inició en {seconds} s</translation>
        </message>
        <message>
            <location filename="../demo.py" />
            <source>the demo server keeps stopping ({why})</source>
            <translation>el servidor de demostración se detiene una y otra vez ({why})</translation>
        </message>
        <message>
            <location filename="../demo.py" />
            <source>the demo server stopped (exit status {code}): {log}</source>
            <translation>el servidor de demostración se detuvo (código de salida {code}): {log}</translation>
        </message>
        <message>
            <location filename="../demo.py" />
            <source>the demo server was stopped</source>
            <translation>el servidor de demostración se ha detenido</translation>
        </message>
    </context>
    <context>
        <name>EnrolPage</name>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>&amp;Email</source>
            <translation>&amp;Correo electrónico</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>&amp;Password</source>
            <translation>&amp;Contraseña</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>&amp;Server</source>
            <translation>&amp;Servidor</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrol this device</source>
            <translation>Registrar este dispositivo</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrol this device as a kiosk</source>
            <translation>Registrar este dispositivo como quiosco</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolling…</source>
            <translation>Registrando…</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolment &amp;code</source>
            <translation>&amp;Código de registro</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolment code</source>
            <translation>Código de registro</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolment failed.</source>
            <translation>El registro ha fallado.</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Kiosk &amp;name</source>
            <translation>&amp;Nombre del quiosco</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Kiosk name</source>
            <translation>Nombre del quiosco</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Orientation tablet 1</source>
            <translation>Tableta de orientación 1</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>PIN a&amp;gain</source>
            <translation>PIN &amp;otra vez</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Staff e&amp;xit PIN</source>
            <translation>PIN de &amp;salida del personal</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Staff exit PIN</source>
            <translation>PIN de salida del personal</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Staff exit PIN again</source>
            <translation>PIN de salida del personal otra vez</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Students will sign in here with their name and PIN, also offline. Use an enrolment code from your admin (frames-server kiosk-code), or sign in as faculty.</source>
            <translation>Los estudiantes iniciarán sesión aquí con su nombre y su PIN, también sin conexión. Usa un código de registro de tu administrador (frames-server kiosk-code) o inicia sesión como profesor.</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>The staff exit PIN must be {rule}.</source>
            <translation>El PIN de salida del personal debe tener {rule}.</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>The two exit PINs differ.</source>
            <translation>Los dos PIN de salida no coinciden.</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>faculty@university.edu</source>
            <translation>profesorado@universidad.edu</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>or sign in as faculty / admin:</source>
            <translation>o inicia sesión como profesor o administrador:</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../errors.py" />
            <source>the app</source>
            <translation>la aplicación</translation>
        </message>
    </context>
    <context>
        <name>KioskHeader</name>
        <message>
            <location filename="../kiosk/header.py" />
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>A kiosk PIN is {rule}.</source>
            <translation>Un PIN de quiosco tiene {rule}.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Enter your password to change your kiosk PIN.</source>
            <translation>Ingresa tu contraseña para cambiar tu PIN de quiosco.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>New &amp;PIN</source>
            <translation>&amp;PIN nuevo</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>New kiosk PIN</source>
            <translation>PIN de quiosco nuevo</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>On the shared tablets at orientation you sign in by tapping your name and typing this PIN. Choose {rule} nobody can guess (not your birthday, not a row of one digit).</source>
            <translation>En las tabletas compartidas de la jornada de orientación inicias sesión tocando tu nombre y escribiendo este PIN. Elige {rule} que nadie pueda adivinar (ni tu cumpleaños ni una fila del mismo dígito).</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>PIN &amp;again</source>
            <translation>PIN &amp;otra vez</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>PIN again</source>
            <translation>PIN otra vez</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Set kiosk PIN</source>
            <translation>Establecer PIN de quiosco</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Sign in first.</source>
            <translation>Inicia sesión primero.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>The PIN could not be saved.</source>
            <translation>No se pudo guardar el PIN.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>The two PINs differ.</source>
            <translation>Los dos PIN no coinciden.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Your pass&amp;word</source>
            <translation>Tu &amp;contraseña</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Your password</source>
            <translation>Tu contraseña</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Demo: choose a staff exit PIN (e.g. 000000), then enrol.</source>
            <translation>Demostración: elige un PIN de salida del personal (p. ej., 000000) y registra el dispositivo.</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Enrol kiosk — FRAMES LMS</source>
            <translation>Registrar quiosco — FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Export unsynced work</source>
            <translation>Exportar el trabajo sin sincronizar</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/window.py" />
            <source>Exported %n unsynced item(s) to {path}.</source>
            <translation>
                <numerusform>Se exportó %n elemento sin sincronizar a {path}.</numerusform>
                <numerusform>Se exportaron %n elementos sin sincronizar a {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>FRAMES LMS kiosk</source>
            <translation>Quiosco FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>JSON lines (*.jsonl)</source>
            <translation>Líneas JSON (*.jsonl)</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Starting the demo server…</source>
            <translation>Iniciando el servidor de demostración…</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Syncing in the background…</source>
            <translation>Sincronizando en segundo plano…</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>The demo could not start: {error}</source>
            <translation>No se pudo iniciar la demostración: {error}</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Your kiosk PIN is short. Choose a new one of {rule} in the FRAMES app on your laptop (File, Set kiosk PIN).</source>
            <translation>Tu PIN de quiosco es corto. Elige uno nuevo de {rule} en la aplicación FRAMES de tu computadora portátil (Archivo, Establecer PIN de quiosco).</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>starting the demo server</source>
            <translation>iniciar el servidor de demostración</translation>
        </message>
    </context>
    <context>
        <name>LinkNotice</name>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>Copied. Paste it into a message to yourself, or note it down.</source>
            <translation>Copiada. Pégala en un mensaje para ti o anótala.</translation>
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>Copy address</source>
            <translation>Copiar dirección</translation>
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>This link opens on your own device</source>
            <translation>Este enlace se abre en tu propio dispositivo</translation>
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>This tablet does not open websites. Note the address, or copy it, and open it on your phone or laptop.</source>
            <translation>Esta tableta no abre sitios web. Anota la dirección, o cópiala, y ábrela en tu teléfono o tu computadora portátil.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;About FRAMES LMS</source>
            <translation>&amp;Acerca de FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Colours</source>
            <translation>&amp;Colores</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Export items not synced…</source>
            <translation>&amp;Exportar elementos sin sincronizar…</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Later</source>
            <translation>&amp;Más tarde</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;My modules</source>
            <translation>&amp;Mis módulos</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Not synced</source>
            <translation>&amp;Sin sincronizar</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Reports</source>
            <translation>&amp;Informes</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Restart now</source>
            <translation>&amp;Reiniciar ahora</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&lt;p&gt;&lt;b&gt;FRAMES LMS&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Training modules for university lab teams, offline first: everything you do is saved on this computer and syncs when a network is there.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;FRAMES LMS&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Módulos de formación para equipos de laboratorio universitarios, pensados para trabajar sin conexión: todo lo que haces se guarda en este equipo y se sincroniza cuando hay red.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&lt;p&gt;Demo server: &lt;a href='{url}/docs'&gt;{url}&lt;/a&gt; (port {port}), data in &lt;code&gt;{folder}&lt;/code&gt;. Use this address in place of &lt;code&gt;localhost:8000&lt;/code&gt; in the README's examples; every demo account's password is &lt;code&gt;frames-demo&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Servidor de demostración: &lt;a href='{url}/docs'&gt;{url}&lt;/a&gt; (puerto {port}), datos en &lt;code&gt;{folder}&lt;/code&gt;. Usa esta dirección en lugar de &lt;code&gt;localhost:8000&lt;/code&gt; en los ejemplos del README; la contraseña de todas las cuentas de demostración es &lt;code&gt;frames-demo&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>About FRAMES LMS</source>
            <translation>Acerca de FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Problem while {what}: {message}</source>
            <translation>Problema al {what}: {message}</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Reports — {name} — FRAMES LMS</source>
            <translation>Informes — {name} — FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>S&amp;torage</source>
            <translation>&amp;Almacenamiento</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Set &amp;kiosk PIN…</source>
            <translation>Establecer PIN de &amp;quiosco…</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Sign &amp;out</source>
            <translation>&amp;Cerrar sesión</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Sign in — FRAMES LMS</source>
            <translation>Iniciar sesión — FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Signing in to the demo…</source>
            <translation>Iniciando sesión en la demostración…</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Starting the demo server…</source>
            <translation>Iniciando el servidor de demostración…</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>System default</source>
            <translation>Predeterminado del sistema</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The demo could not start: {error}</source>
            <translation>No se pudo iniciar la demostración: {error}</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The demo server stopped; it was started again at {url}.</source>
            <translation>El servidor de demostración se detuvo; se ha vuelto a iniciar en {url}.</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The new language is used the next time FRAMES LMS starts. Restart now? Your work is saved.</source>
            <translation>El nuevo idioma se usará la próxima vez que se inicie FRAMES LMS. ¿Reiniciar ahora? Tu trabajo está guardado.</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The server no longer accepts this device's sign-in. Sign in again to sync; your work is saved on this device.</source>
            <translation>El servidor ya no acepta la sesión de este dispositivo. Vuelve a iniciar sesión para sincronizar; tu trabajo está guardado en este dispositivo.</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>This module is no longer on this device. Sync to update.</source>
            <translation>Este módulo ya no está en este dispositivo. Sincroniza para actualizar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/main_window.py" />
            <source>You are signed out. %n change(s) not synced yet stay on this device and sync the next time you sign in.</source>
            <translation>
                <numerusform>Has cerrado la sesión. %n cambio aún sin sincronizar se queda en este dispositivo y se sincronizará la próxima vez que inicies sesión.</numerusform>
                <numerusform>Has cerrado la sesión. %n cambios aún sin sincronizar se quedan en este dispositivo y se sincronizarán la próxima vez que inicies sesión.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Your kiosk PIN is set; the tablets learn it at their next sync.</source>
            <translation>Tu PIN de quiosco está establecido; las tabletas lo recibirán en su próxima sincronización.</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>running the demo server</source>
            <translation>ejecutar el servidor de demostración</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>starting the demo server</source>
            <translation>iniciar el servidor de demostración</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>starting the demo server again</source>
            <translation>reiniciar el servidor de demostración</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>{name} — FRAMES LMS</source>
            <translation>{name} — FRAMES LMS</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../widgets/message_bar.py" />
            <source>Dismiss</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../widgets/message_bar.py" />
            <source>Problem</source>
            <translation type="vanished">Problema</translation>
        </message>
    </context>
    <context>
        <name>ModuleCardDelegate</name>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Locked — {reason}</source>
            <translation>Bloqueado — {reason}</translation>
        </message>
    </context>
    <context>
        <name>ModuleListModel</name>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>{title} ({count})</source>
            <translation>{title} ({count})</translation>
        </message>
    </context>
    <context>
        <name>ModuleListPage</name>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>All tags</source>
            <translation>Todas las etiquetas</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Everything here works offline; your progress syncs by itself.</source>
            <translation>Aquí todo funciona sin conexión; tu progreso se sincroniza solo.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Filter by category</source>
            <translation>Filtrar por categoría</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Filter by tag</source>
            <translation>Filtrar por etiqueta</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Filter by type</source>
            <translation>Filtrar por tipo</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Getting your modules from the server…</source>
            <translation>Obteniendo tus módulos del servidor…</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Hello {name}. Everything here works offline; your progress syncs by itself.</source>
            <translation>Hola, {name}. Aquí todo funciona sin conexión; tu progreso se sincroniza solo.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Modules</source>
            <translation>Módulos</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>My modules</source>
            <translation>Mis módulos</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>No modules are assigned to you yet. New ones appear here after a sync.</source>
            <translation>Todavía no tienes módulos asignados. Los nuevos aparecen aquí tras una sincronización.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>No modules match your search and filters.</source>
            <translation>Ningún módulo coincide con tu búsqueda y tus filtros.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Search modules</source>
            <translation>Buscar módulos</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Search the modules</source>
            <translation>Buscar en los módulos</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Your university has no modules yet.</source>
            <translation>Tu universidad todavía no tiene módulos.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Your university's modules, drafts included. Open one to see it exactly as students will; nothing you do in a preview is recorded.</source>
            <translation>Los módulos de tu universidad, borradores incluidos. Abre uno para verlo exactamente como lo verán los estudiantes; nada de lo que hagas en una vista previa se registra.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>“{title}” is locked. {reason}.</source>
            <translation>“{title}” está bloqueado. {reason}.</translation>
        </message>
    </context>
    <context>
        <name>NotSyncedPage</name>
        <message numerus="yes">
            <location filename="../widgets/not_synced.py" />
            <source>%n other change(s) still waiting to be sent; exports include them.</source>
            <translation>
                <numerusform>Queda %n cambio más pendiente de envío; las exportaciones lo incluyen.</numerusform>
                <numerusform>Quedan %n cambios más pendientes de envío; las exportaciones los incluyen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Back to my modules</source>
            <translation>Volver a mis módulos</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Could not save the file: {error}</source>
            <translation>No se pudo guardar el archivo: {error}</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Everything you did on this device has reached the server.</source>
            <translation>Todo lo que hiciste en este dispositivo ha llegado al servidor.</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Export items that are not synced</source>
            <translation>Exportar los elementos sin sincronizar</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Export to a file…</source>
            <translation>Exportar a un archivo…</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Items not synced</source>
            <translation>Elementos sin sincronizar</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>JSON lines (*.jsonl)</source>
            <translation>Líneas JSON (*.jsonl)</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Not synced</source>
            <translation>Sin sincronizar</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Nothing was refused by the server.</source>
            <translation>El servidor no ha rechazado nada.</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/not_synced.py" />
            <source>Saved %n item(s) to {path}. Send this file to your faculty member.</source>
            <translation>
                <numerusform>Se guardó %n elemento en {path}. Envía este archivo a tu profesor.</numerusform>
                <numerusform>Se guardaron %n elementos en {path}. Envía este archivo a tu profesor.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Send the selected items (or all of them) to the server again</source>
            <translation>Volver a enviar al servidor los elementos seleccionados (o todos)</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/not_synced.py" />
            <source>Sending %n item(s) again…</source>
            <translation>
                <numerusform>Reenviando %n elemento…</numerusform>
                <numerusform>Reenviando %n elementos…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>The server did not accept these items. They stay on this device and are never thrown away: export them to a file and send it to your faculty member, or try again if the problem has been fixed.</source>
            <translation>El servidor no aceptó estos elementos. Se quedan en este dispositivo y nunca se descartan: expórtalos a un archivo y envíaselo a tu profesor, o vuelve a intentarlo si el problema ya se ha resuelto.</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
    </context>
    <context>
        <name>OutputPane</name>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source> · Output does not match</source>
            <translation> · La salida no coincide</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source> · Output matches</source>
            <translation> · La salida coincide</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>+ your output</source>
            <translation>+ tu salida</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Difference from the expected output</source>
            <translation>Diferencias con la salida esperada</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Expected output compared with yours</source>
            <translation>Salida esperada comparada con la tuya</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Not run yet</source>
            <translation>Aún sin ejecutar</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Program output</source>
            <translation>Salida del programa</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Run status</source>
            <translation>Estado de la ejecución</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>− expected</source>
            <translation>− esperada</translation>
        </message>
    </context>
    <context>
        <name>PickerPage</name>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>(no PIN yet: ask staff)</source>
            <translation>(aún sin PIN: pídelo al personal)</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>No students on this kiosk yet. The roster downloads as soon as the kiosk is online.</source>
            <translation>Todavía no hay estudiantes en este quiosco. La lista se descarga en cuanto el quiosco tenga conexión.</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Nobody matches that. Check the spelling, or ask staff.</source>
            <translation>No hay nadie con ese nombre. Revisa cómo lo escribiste o pregunta al personal.</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Search by name or student ID</source>
            <translation>Buscar por nombre o número de estudiante</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Search students</source>
            <translation>Buscar estudiantes</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Staff: exit or manage this kiosk</source>
            <translation>Personal: salir o gestionar este quiosco</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Tap your name to start</source>
            <translation>Toca tu nombre para empezar</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>This kiosk's access was withdrawn by an admin. Students can keep working: their work ({pending}) stays on this tablet until staff export it.</source>
            <translation>Un administrador retiró el acceso de este quiosco. Los estudiantes pueden seguir trabajando: su trabajo ({pending}) se queda en esta tableta hasta que el personal lo exporte.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <location filename="../kiosk/pin_pad.py" />
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n dígito ingresado</numerusform>
                <numerusform>%n dígitos ingresados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>No digits entered</source>
            <translation>Ningún dígito ingresado</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>PIN entered</source>
            <translation type="vanished">PIN ingresado</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>PIN pad</source>
            <translation>Teclado del PIN</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>The PIN could not be checked: {error}</source>
            <translation>No se pudo comprobar el PIN: {error}</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Enter your PIN</source>
            <translation>Ingresa tu PIN</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Hi {name}</source>
            <translation>Hola, {name}</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Not you? Back</source>
            <translation>¿No eres tú? Volver</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/pin_page.py" />
            <source>That PIN is not right. %n more try(s) before this tablet locks you out.</source>
            <translation>
                <numerusform>Ese PIN no es correcto. Te queda %n intento antes de que esta tableta te bloquee.</numerusform>
                <numerusform>Ese PIN no es correcto. Te quedan %n intentos antes de que esta tableta te bloquee.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>This kiosk cannot check PINs until staff enrol it again.</source>
            <translation>Este quiosco no puede comprobar los PIN hasta que el personal vuelva a registrarlo.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Too many wrong PINs. Try again in {wait}, or ask staff.</source>
            <translation>Demasiados PIN incorrectos. Vuelve a intentarlo dentro de {wait} o pregunta al personal.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>You cannot sign in here yet: ask staff for a kiosk PIN.</source>
            <translation>Todavía no puedes iniciar sesión aquí: pide un PIN de quiosco al personal.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWindow</name>
        <message numerus="yes">
            <location filename="../widgets/preview_window.py" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problema</numerusform>
                <numerusform>%n problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/preview_window.py" />
            <source>%n section file(s)</source>
            <translation>
                <numerusform>%n archivo de sección</numerusform>
                <numerusform>%n archivos de sección</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recargar</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&lt;b&gt;This module has a problem&lt;/b&gt; ({what}):</source>
            <translation>&lt;b&gt;Este módulo tiene un problema&lt;/b&gt; ({what}):</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&lt;b&gt;To mend&lt;/b&gt; (the module works as it is):</source>
            <translation>&lt;b&gt;Por corregir&lt;/b&gt; (el módulo funciona tal como está):</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&lt;b&gt;{files}: {problems}&lt;/b&gt; (shown in place; the other sections work):</source>
            <translation>&lt;b&gt;{files}: {problems}&lt;/b&gt; (se muestran en su lugar; las demás secciones funcionan):</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Close preview</source>
            <translation>Cerrar vista previa</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Close this preview (Ctrl+W)</source>
            <translation>Cerrar esta vista previa (Ctrl+W)</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Content error</source>
            <translation>Error de contenido</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Nothing to show until the problem above is fixed.</source>
            <translation>No hay nada que mostrar hasta que se corrija el problema de arriba.</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Preview: {name} — FRAMES LMS</source>
            <translation>Vista previa: {name} — FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Previewing {folder} — changes appear when you save. Nothing is recorded.</source>
            <translation>Vista previa de {folder}: los cambios aparecen al guardar. No se registra nada.</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>fix it and save</source>
            <translation>corrígelo y guarda</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>loading the module folder</source>
            <translation>cargar la carpeta del módulo</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>the last version that loaded is shown below</source>
            <translation>abajo se muestra la última versión que se cargó</translation>
        </message>
    </context>
    <context>
        <name>RejectedModel</name>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>{what} in {module} on {when}: {reason}</source>
            <translation>{what} en {module} el {when}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../widgets/reports.py" />
            <source>(no team)</source>
            <translation>(sin equipo)</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>, mastery {percent}</source>
            <translation>, dominio {percent}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>; mastery {fifths}</source>
            <translation>; dominio {fifths}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>; overdue rows in red</source>
            <translation>; filas vencidas en rojo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>; rating {mean} / 5</source>
            <translation>; valoración {mean} / 5</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Archived: {module}.</source>
            <translation>Archivado: {module}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Archiving {module}</source>
            <translation>Archivando {module}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Assign a module…</source>
            <translation>Asignar un módulo…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Back to draft</source>
            <translation>Volver a borrador</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Back to draft: {module}.</source>
            <translation>Vuelto a borrador: {module}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Back to modules</source>
            <translation>Volver a los módulos</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Chart to save</source>
            <translation>Gráfico que guardar</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Comments on module</source>
            <translation>Comentarios sobre el módulo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Compliance</source>
            <translation>Cumplimiento</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Compliance table</source>
            <translation>Tabla de cumplimiento</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Could not save {file}: {error}</source>
            <translation>No se pudo guardar {file}: {error}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Could not save {path}.</source>
            <translation>No se pudo guardar {path}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices</source>
            <translation>Dispositivos</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices table</source>
            <translation>Tabla de dispositivos</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices: none registered.</source>
            <translation>Dispositivos: ninguno registrado.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices: {list}</source>
            <translation>Dispositivos: {list}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse</source>
            <translation>Eximir</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse the selected student from the selected module</source>
            <translation>Eximir al estudiante seleccionado del módulo seleccionado</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse withdrawn.</source>
            <translation>Exención retirada.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excused.</source>
            <translation>Eximido.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse…</source>
            <translation>Eximir…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excusing</source>
            <translation>Eximiendo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Export table</source>
            <translation>Exportar tabla</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Export table to CSV…</source>
            <translation>Exportar tabla a CSV…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Feedback</source>
            <translation>Opiniones</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Feedback table</source>
            <translation>Tabla de opiniones</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by module</source>
            <translation>Filtrar por módulo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by status</source>
            <translation>Filtrar por estado</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by team</source>
            <translation>Filtrar por equipo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by type</source>
            <translation>Filtrar por tipo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Group by team</source>
            <translation>Agrupar por equipo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Modules</source>
            <translation>Módulos</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>No module yet.</source>
            <translation>Todavía no hay ningún módulo.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>No student yet.</source>
            <translation>Todavía no hay ningún estudiante.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Publish</source>
            <translation>Publicar</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Published: {module}.</source>
            <translation>Publicado: {module}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Publishing {module}</source>
            <translation>Publicando {module}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Save chart</source>
            <translation>Guardar gráfico</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Save chart as PNG…</source>
            <translation>Guardar gráfico como PNG…</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/reports.py" />
            <source>Saved %n row(s) to {path}.</source>
            <translation>
                <numerusform>Se guardó %n fila en {path}.</numerusform>
                <numerusform>Se guardaron %n filas en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Saved the chart to {path}.</source>
            <translation>Se guardó el gráfico en {path}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Search students, teams, modules</source>
            <translation>Buscar estudiantes, equipos, módulos</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Select a student's module in the table first.</source>
            <translation>Selecciona primero en la tabla el módulo de un estudiante.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Sign in again to change assignments.</source>
            <translation>Vuelve a iniciar sesión para cambiar las asignaciones.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Student's modules</source>
            <translation>Módulos del estudiante</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Students</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Syncing to refresh the reports…</source>
            <translation>Sincronizando para actualizar los informes…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Unpublishing {module}</source>
            <translation>Retirando la publicación de {module}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>What the server knows: a device's last sync and the changes it said were still waiting, so “not done” can be told from “done but not synced yet”.</source>
            <translation>Lo que sabe el servidor: la última sincronización de cada dispositivo y los cambios que indicó como pendientes, para distinguir “no hecho” de “hecho pero aún sin sincronizar”.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Why is {who} excused from “{module}”?</source>
            <translation>¿Por qué se exime a {who} de “{module}”?</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdraw excuse</source>
            <translation>Retirar exención</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdraw excuse…</source>
            <translation>Retirar exención…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdraw the selected student's excuse from the selected module</source>
            <translation>Retirar la exención del estudiante seleccionado en el módulo seleccionado</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdrawing the excuse</source>
            <translation>Retirando la exención</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>a device</source>
            <translation>un dispositivo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>due {date}</source>
            <translation>vence el {date}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>exporting a report</source>
            <translation>exportar un informe</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>no due date</source>
            <translation>sin fecha límite</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>no reason given</source>
            <translation>sin motivo indicado</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{device}: last sync {when}</source>
            <translation>{device}: última sincronización {when}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{name} ({team})</source>
            <translation>{name} ({team})</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/reports.py" />
            <source>{shown} of %n assigned module(s) shown</source>
            <translation>
                <numerusform>Se muestran {shown} de %n módulo asignado</numerusform>
                <numerusform>Se muestran {shown} de %n módulos asignados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{title}: {completed} of {assigned} completed, {overdue} overdue, {excused} excused ({due}){rating}{mastery}</source>
            <translation>{title}: {completed} de {assigned} completados, {overdue} vencidos, {excused} eximidos ({due}){rating}{mastery}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{what} failed.</source>
            <translation>{what}: ha fallado.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{who} is excused from “{module}” ({reason}). Withdraw the excuse?</source>
            <translation>{who} está eximido de “{module}” ({reason}). ¿Retirar la exención?</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/reports.py" />
            <source>{who}: {completed} of %n module(s) completed, {overdue} overdue{mastery}; last sync {when}</source>
            <translation>
                <numerusform>{who}: {completed} de %n módulo completado, {overdue} vencidos{mastery}; última sincronización {when}</numerusform>
                <numerusform>{who}: {completed} de %n módulos completados, {overdue} vencidos{mastery}; última sincronización {when}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>(not described)</source>
            <translation type="vanished">(sin descripción)</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Every key FRAMES LMS knows right now. Tab and Shift+Tab reach every control.</source>
            <translation>Todas las teclas que FRAMES LMS reconoce en este momento. Con Tab y Mayús+Tab se llega a todos los controles.</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Everywhere</source>
            <translation type="vanished">En todas partes</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>In a module</source>
            <translation type="vanished">En un módulo</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Next control</source>
            <translation type="vanished">Control siguiente</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>On this page</source>
            <translation type="vanished">En esta página</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Press the focused button, tick the focused box</source>
            <translation type="vanished">Presionar el botón que tiene el foco, marcar la casilla que tiene el foco</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Previous control</source>
            <translation type="vanished">Control anterior</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../widgets/signin.py" />
            <source>&amp;Email</source>
            <translation>&amp;Correo electrónico</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>&amp;Password</source>
            <translation>&amp;Contraseña</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>&amp;Server address</source>
            <translation>Dirección del &amp;servidor</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>After your first sign-in on this computer, the app opens straight into your modules, even with no network.</source>
            <translation>Después de tu primer inicio de sesión en este equipo, la aplicación abre directamente tus módulos, incluso sin red.</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Enter your email and password.</source>
            <translation>Ingresa tu correo electrónico y tu contraseña.</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Sign in with your lab account to get your training modules.</source>
            <translation>Inicia sesión con tu cuenta del laboratorio para obtener tus módulos de formación.</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Sign-in problem</source>
            <translation type="vanished">Problema al iniciar sesión</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Signing in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>you@university.edu</source>
            <translation>tu@universidad.edu</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message numerus="yes">
            <location filename="../kiosk/staff.py" />
            <source>%n student(s) on the roster; {synced}</source>
            <translation>
                <numerusform>%n estudiante en la lista; {synced}</numerusform>
                <numerusform>%n estudiantes en la lista; {synced}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/staff.py" />
            <source>; %n refused by the server</source>
            <translation>
                <numerusform>; %n rechazado por el servidor</numerusform>
                <numerusform>; %n rechazados por el servidor</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>&lt;b&gt;The server no longer accepts this kiosk&lt;/b&gt; (revoked by an admin): export the unsynced work and give the file to an admin, then enrol it again.</source>
            <translation>&lt;b&gt;El servidor ya no acepta este quiosco&lt;/b&gt; (un administrador lo revocó): exporta el trabajo sin sincronizar, entrega el archivo a un administrador y vuelve a registrarlo.</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>&lt;b&gt;{name}&lt;/b&gt; (kiosk {kiosk}) for {scope}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; (quiosco {kiosk}) para {scope}</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Back to the students</source>
            <translation>Volver a los estudiantes</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Enrol again</source>
            <translation>Registrar de nuevo</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Enter the staff exit PIN set when this kiosk was enrolled.</source>
            <translation>Ingresa el PIN de salida del personal que se fijó al registrar este quiosco.</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Exit kiosk mode</source>
            <translation>Salir del modo quiosco</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Export unsynced work…</source>
            <translation>Exportar el trabajo sin sincronizar…</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Server: {url}</source>
            <translation>Servidor: {url}</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/staff.py" />
            <source>That is not the staff PIN. %n more try(s) before the staff page locks.</source>
            <translation>
                <numerusform>Ese no es el PIN del personal. Queda %n intento antes de que se bloquee la página del personal.</numerusform>
                <numerusform>Ese no es el PIN del personal. Quedan %n intentos antes de que se bloquee la página del personal.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Too many wrong staff PINs. Try again in {wait}.</source>
            <translation>Demasiados PIN del personal incorrectos. Vuelve a intentarlo dentro de {wait}.</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>{university}, team {team}</source>
            <translation>{university}, equipo {team}</translation>
        </message>
    </context>
    <context>
        <name>StatusArea</name>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Connection status</source>
            <translation type="vanished">Estado de la conexión</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Downloading media {done} of {total}</source>
            <translation>Descargando multimedia: {done} de {total}</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Media download progress</source>
            <translation>Progreso de la descarga multimedia</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Send your progress and get new modules now (F5)</source>
            <translation>Enviar tu progreso y obtener módulos nuevos ahora (F5)</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Sign in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Sync details</source>
            <translation type="vanished">Detalles de la sincronización</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>{items} — review</source>
            <translation>{items}: revisar</translation>
        </message>
    </context>
    <context>
        <name>StoragePage</name>
        <message numerus="yes">
            <location filename="../widgets/storage.py" />
            <source>%n file(s) could not be downloaded; they are tried again after the next sync.</source>
            <translation>
                <numerusform>No se pudo descargar %n archivo; se volverá a intentar tras la próxima sincronización.</numerusform>
                <numerusform>No se pudieron descargar %n archivos; se volverá a intentar tras la próxima sincronización.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Back to my modules</source>
            <translation>Volver a mis módulos</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Completed modules stay in your list and keep your progress; their videos play again when you are online.</source>
            <translation>Los módulos completados siguen en tu lista y conservan tu progreso; sus videos vuelven a reproducirse cuando tengas conexión.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Download progress</source>
            <translation>Progreso de la descarga</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/storage.py" />
            <source>Downloading {done} of {total} ({files} of %n file(s))</source>
            <translation>
                <numerusform>Descargando {done} de {total} ({files} de %n archivo)</numerusform>
                <numerusform>Descargando {done} de {total} ({files} de %n archivos)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Downloads start after the next sync.</source>
            <translation>Las descargas empiezan tras la próxima sincronización.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Downloads:</source>
            <translation>Descargas:</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Everything your modules need is on this device.</source>
            <translation>Todo lo que necesitan tus módulos está en este dispositivo.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Folder:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Free space: remove media of completed modules</source>
            <translation>Liberar espacio: quitar la multimedia de los módulos completados</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Freed {size}.</source>
            <translation>Se liberaron {size}.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Freeing space…</source>
            <translation>Liberando espacio…</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Images and videos of your modules are downloaded in the background after each sync, so they play without a network.</source>
            <translation>Las imágenes y los videos de tus módulos se descargan en segundo plano tras cada sincronización, para que se reproduzcan sin red.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Media on this device:</source>
            <translation>Multimedia en este dispositivo:</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Storage</source>
            <translation>Almacenamiento</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Waiting for the network.</source>
            <translation>Esperando a la red.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Your data:</source>
            <translation>Tus datos:</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>measuring storage</source>
            <translation>medir el almacenamiento</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/storage.py" />
            <source>{size} in %n file(s)</source>
            <translation>
                <numerusform>{size} en %n archivo</numerusform>
                <numerusform>{size} en %n archivos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>{size} of progress and modules</source>
            <translation>{size} de progreso y módulos</translation>
        </message>
    </context>
    <context>
        <name>SyncBridge</name>
        <message>
            <location filename="../sync_bridge.py" />
            <source>downloading images and videos</source>
            <translation>descargar imágenes y videos</translation>
        </message>
        <message>
            <location filename="../sync_bridge.py" />
            <source>preparing pictures for display</source>
            <translation>preparar las imágenes para mostrarlas</translation>
        </message>
        <message>
            <location filename="../sync_bridge.py" />
            <source>starting sync</source>
            <translation>iniciar la sincronización</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <location filename="../tasks.py" />
            <source>saving on this device</source>
            <translation>guardar en este dispositivo</translation>
        </message>
        <message>
            <location filename="../tasks.py" />
            <source>talking to the server</source>
            <translation>comunicarse con el servidor</translation>
        </message>
    </context>
    <context>
        <name>_Gutter</name>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Line numbers</source>
            <translation>Números de línea</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../app.py" />
            <source>It started again from the backup of {time}.</source>
            <translation>Se ha reiniciado a partir de la copia de seguridad del {time}.</translation>
        </message>
        <message>
            <location filename="../app.py" />
            <source>It started again from the newest backup.</source>
            <translation>Se ha reiniciado a partir de la copia de seguridad más reciente.</translation>
        </message>
        <message>
            <location filename="../app.py" />
            <source>The data on this computer was damaged and has been rebuilt.</source>
            <translation>Los datos de este equipo estaban dañados y se han reconstruido.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app.py" />
            <source>Unsynced items rescued: %n. They will still sync, and a copy is in {path}.</source>
            <translation>
                <numerusform>Elementos sin sincronizar rescatados: %n. Se sincronizarán igualmente y hay una copia en {path}.</numerusform>
                <numerusform>Elementos sin sincronizar rescatados: %n. Se sincronizarán igualmente y hay una copia en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app.py" />
            <source>You stay signed in and can go on working offline; the next sync brings back anything else.</source>
            <translation>Sigues con la sesión iniciada y puedes seguir trabajando sin conexión; la próxima sincronización recuperará todo lo demás.</translation>
        </message>
        <message>
            <location filename="../app.py" />
            <source>Your modules will be downloaded again at the next sync.</source>
            <translation>Tus módulos se volverán a descargar en la próxima sincronización.</translation>
        </message>
    </context>
    <context>
        <name>assignment_dialog</name>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Recommended</source>
            <translation>Recomendado</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>no due date</source>
            <translation>sin fecha límite</translation>
        </message>
    </context>
    <context>
        <name>auth</name>
        <message>
            <location filename="../ops/auth.py" />
            <source>Can't reach the server at {server}. Check the address and your network connection, then try again.</source>
            <translation>No se puede contactar con el servidor en {server}. Comprueba la dirección y tu conexión de red, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>FRAMES desktop on {computer}</source>
            <translation>FRAMES de escritorio en {computer}</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>Sign-in failed.</source>
            <translation>No se pudo iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>The server address must start with http:// or https://.</source>
            <translation>La dirección del servidor debe empezar por http:// o https://.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>The server could not sign you in ({reason}). Try again in a moment.</source>
            <translation>El servidor no pudo iniciar tu sesión ({reason}). Vuelve a intentarlo dentro de un momento.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>This account has been disabled. Ask your faculty member or a lab admin.</source>
            <translation>Esta cuenta se ha desactivado. Pregunta a tu profesor o a un administrador del laboratorio.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>This sign-in is no longer valid. Please sign in again.</source>
            <translation>Esta sesión ya no es válida. Vuelve a iniciar sesión.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/auth.py" />
            <source>Too many failed sign-ins. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Demasiados inicios de sesión fallidos. Vuelve a intentarlo dentro de %n minuto.</numerusform>
                <numerusform>Demasiados inicios de sesión fallidos. Vuelve a intentarlo dentro de %n minutos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>Wrong email or password. Check both and try again.</source>
            <translation>Correo electrónico o contraseña incorrectos. Revisa ambos y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>signing in</source>
            <translation>iniciar sesión</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>signing out</source>
            <translation>cerrar sesión</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>this computer</source>
            <translation>este equipo</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>{server} does not look like a FRAMES server.</source>
            <translation>{server} no parece un servidor FRAMES.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>{server} does not look like a FRAMES server. Check the address.</source>
            <translation>{server} no parece un servidor FRAMES. Comprueba la dirección.</translation>
        </message>
    </context>
    <context>
        <name>code_editor</name>
        <message numerus="yes">
            <location filename="../widgets/code_editor.py" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Exit {code} in {ms} ms</source>
            <translation>Código de salida {code} en {ms} ms</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Output cut at {size}</source>
            <translation>Salida recortada a {size}</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Stopped after {ms} ms</source>
            <translation>Detenido tras {ms} ms</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Stopped: took longer than {seconds} s</source>
            <translation>Detenido: tardó más de {seconds} s</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
    </context>
    <context>
        <name>components</name>
        <message>
            <location filename="../ops/components.py" />
            <source>; and </source>
            <translation>; y </translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>Needs {what}</source>
            <translation>Necesita {what}</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>a 3D scene viewer</source>
            <translation>un visor de escenas 3D</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>a newer version of FRAMES for its {kinds} sections</source>
            <translation>una versión más reciente de FRAMES para sus secciones {kinds}</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the code sandbox</source>
            <translation>el entorno de ejecución de código</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the game player</source>
            <translation>el reproductor de juegos</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the interactive scene viewer</source>
            <translation>el visor de escenas interactivas</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the study buddy</source>
            <translation>el compañero de estudio</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the video player</source>
            <translation>el reproductor de video</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>{component}, which is not available on this computer</source>
            <translation>{component}, que no está disponible en este equipo</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>{component}, which this version of FRAMES does not have</source>
            <translation>{component}, que esta versión de FRAMES no incluye</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>{component}, which this version of FRAMES does not know</source>
            <translation>{component}, que esta versión de FRAMES no conoce</translation>
        </message>
    </context>
    <context>
        <name>enrol</name>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Kiosk {host}</source>
            <translation>Quiosco {host}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../errors.py" />
            <source>Can't reach the server. Check the server address and your network connection; your work stays saved on this device.</source>
            <translation>No se puede contactar con el servidor. Comprueba la dirección del servidor y tu conexión de red; tu trabajo sigue guardado en este dispositivo.</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Permission denied: {file}</source>
            <translation>Permiso denegado: {file}</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Saving on this device failed: {reason}</source>
            <translation>No se pudo guardar en este dispositivo: {reason}</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Something went wrong ({kind}).</source>
            <translation>Algo salió mal ({kind}).</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>The server had a problem: {reason}. Your work stays saved on this device.</source>
            <translation>El servidor tuvo un problema: {reason}. Tu trabajo sigue guardado en este dispositivo.</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>This app is too old for the server: {reason}</source>
            <translation>Esta aplicación es demasiado antigua para el servidor: {reason}</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>This module has a content error: {reason}</source>
            <translation>Este módulo tiene un error de contenido: {reason}</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Your sign-in is no longer valid ({reason}). Please sign in again.</source>
            <translation>Tu sesión ya no es válida ({reason}). Vuelve a iniciar sesión.</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message>
            <location filename="../formats.py" />
            <source>{h} h {m} min</source>
            <translation>{h} h {m} min</translation>
        </message>
        <message>
            <location filename="../formats.py" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../formats.py" />
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>checking a PIN</source>
            <translation>comprobar un PIN</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>enrolling this kiosk</source>
            <translation>registrar este quiosco</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>exporting unsynced work</source>
            <translation>exportar el trabajo sin sincronizar</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>setting the kiosk PIN</source>
            <translation>establecer el PIN de quiosco</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>signing in</source>
            <translation>iniciar sesión</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>signing out</source>
            <translation>cerrar sesión</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>{low} to {high} digits</source>
            <translation>entre {low} y {high} dígitos</translation>
        </message>
    </context>
    <context>
        <name>media</name>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading file…</source>
            <translation>Descargando el archivo…</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading file… {percent} %</source>
            <translation>Descargando el archivo… {percent} %</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading image…</source>
            <translation>Descargando la imagen…</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading image… {percent} %</source>
            <translation>Descargando la imagen… {percent} %</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading video…</source>
            <translation>Descargando el video…</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading video… {percent} %</source>
            <translation>Descargando el video… {percent} %</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This file could not be downloaded: {reason}.</source>
            <translation>No se pudo descargar este archivo: {reason}.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This file hasn't been downloaded yet. It downloads by itself the next time you're online.</source>
            <translation>Este archivo aún no se ha descargado. Se descargará solo la próxima vez que tengas conexión.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This image could not be downloaded: {reason}.</source>
            <translation>No se pudo descargar esta imagen: {reason}.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This image hasn't been downloaded yet. It downloads by itself the next time you're online.</source>
            <translation>Esta imagen aún no se ha descargado. Se descargará sola la próxima vez que tengas conexión.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This section's file is missing. Let your faculty member know.</source>
            <translation>Falta el archivo de esta sección. Avisa a tu profesor.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This section's image is missing. Let your faculty member know.</source>
            <translation>Falta la imagen de esta sección. Avisa a tu profesor.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This section's video is missing. Let your faculty member know.</source>
            <translation>Falta el video de esta sección. Avisa a tu profesor.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This video could not be downloaded: {reason}.</source>
            <translation>No se pudo descargar este video: {reason}.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This video hasn't been downloaded yet. It downloads by itself the next time you're online.</source>
            <translation>Este video aún no se ha descargado. Se descargará solo la próxima vez que tengas conexión.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Waiting to download the file…</source>
            <translation>Esperando para descargar el archivo…</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Waiting to download the image…</source>
            <translation>Esperando para descargar la imagen…</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Waiting to download the video…</source>
            <translation>Esperando para descargar el video…</translation>
        </message>
    </context>
    <context>
        <name>module_kinds</name>
        <message>
            <location filename="../module_kinds.py" />
            <source>Code exercises</source>
            <translation>Ejercicios de código</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Game</source>
            <translation>Juego</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Guided problems</source>
            <translation>Problemas guiados</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Interactive</source>
            <translation>Interactivo</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Mixed</source>
            <translation>Mixto</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>hands-on</source>
            <translation>práctico</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>level {level} of 5</source>
            <translation>nivel {level} de 5</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>mostly reading</source>
            <translation>sobre todo lectura</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>some hands-on</source>
            <translation>algo práctico</translation>
        </message>
    </context>
    <context>
        <name>module_list</name>
        <message numerus="yes">
            <location filename="../widgets/module_list.py" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/module_list.py" />
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n sección</numerusform>
                <numerusform>%n secciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Archived</source>
            <translation>Archivado</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/module_list.py" />
            <source>Due in %n day(s)</source>
            <translation>
                <numerusform>Vence en %n día</numerusform>
                <numerusform>Vence en %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Due today</source>
            <translation>Vence hoy</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Due tomorrow</source>
            <translation>Vence mañana</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Due {date}</source>
            <translation>Vence el {date}</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Excused</source>
            <translation>Eximido</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>In progress · {percent}</source>
            <translation>En curso · {percent}</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Locked: {reason}</source>
            <translation>Bloqueado: {reason}</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Overdue since {date}</source>
            <translation>Vencido desde el {date}</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Published</source>
            <translation>Publicado</translation>
        </message>
    </context>
    <context>
        <name>modules</name>
        <message>
            <location filename="../ops/modules.py" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Archived</source>
            <translation>Archivado</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Complete {modules} first</source>
            <translation>Completa antes {modules}</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Drafts</source>
            <translation>Borradores</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Other modules</source>
            <translation>Otros módulos</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Published</source>
            <translation>Publicado</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Recommended</source>
            <translation>Recomendado</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>{list} and {last}</source>
            <translation>{list} y {last}</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>“{title}”</source>
            <translation>“{title}”</translation>
        </message>
    </context>
    <context>
        <name>not_synced</name>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Why it was not synced</source>
            <translation>Por qué no se sincronizó</translation>
        </message>
    </context>
    <context>
        <name>outbox</name>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Came back</source>
            <translation>Volvió</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Completed the module</source>
            <translation>Completó el módulo</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Feedback on the module</source>
            <translation>Opinión sobre el módulo</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Finished a task in section {n}</source>
            <translation>Terminó una tarea en la sección {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Finished section {n}</source>
            <translation>Terminó la sección {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Opened section {n}</source>
            <translation>Abrió la sección {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Paused</source>
            <translation>Hizo una pausa</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Started the module</source>
            <translation>Empezó el módulo</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>The server did not accept it (no reason given).</source>
            <translation>El servidor no lo aceptó (sin indicar el motivo).</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>The server no longer has this module (it was removed).</source>
            <translation>El servidor ya no tiene este módulo (se eliminó).</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>The server says this was recorded on another device.</source>
            <translation>El servidor indica que esto se registró en otro dispositivo.</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>This module is no longer assigned to you, so the server did not take it.</source>
            <translation>Este módulo ya no está asignado a ti, así que el servidor no lo aceptó.</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Ticked “{item}” in section {n}</source>
            <translation>Marcó “{item}” en la sección {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Time spent in section {n}</source>
            <translation>Tiempo dedicado a la sección {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Unticked “{item}” in section {n}</source>
            <translation>Desmarcó “{item}” en la sección {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>an item</source>
            <translation>un elemento</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>exporting the items that are not synced</source>
            <translation>exportar los elementos sin sincronizar</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>{kind} in section {n}</source>
            <translation>{kind} en la sección {n}</translation>
        </message>
    </context>
    <context>
        <name>preview</name>
        <message>
            <location filename="../ops/preview.py" />
            <source>{file}, line {line}</source>
            <translation>{file}, línea {line}</translation>
        </message>
    </context>
    <context>
        <name>report_charts</name>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>(no data)</source>
            <translation>(sin datos)</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Assigned ({n})</source>
            <translation>Asignados ({n})</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Completed ({n})</source>
            <translation>Completados ({n})</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Difficulty</source>
            <translation>Dificultad</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Due {date}</source>
            <translation>Vence el {date}</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Errors</source>
            <translation>Errores</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Hints</source>
            <translation>Pistas</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Minutes per student (quartiles and median)</source>
            <translation>Minutos por estudiante (cuartiles y mediana)</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Pauses</source>
            <translation>Pausas</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Retries</source>
            <translation>Reintentos</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>events</source>
            <translation>eventos</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>minutes</source>
            <translation>minutos</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>responses</source>
            <translation>respuestas</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>students</source>
            <translation>estudiantes</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message numerus="yes">
            <location filename="../ops/reports.py" />
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/reports.py" />
            <source>%n h ago</source>
            <translation>
                <numerusform>hace %n h</numerusform>
                <numerusform>hace %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/reports.py" />
            <source>%n min ago</source>
            <translation>
                <numerusform>hace %n min</numerusform>
                <numerusform>hace %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Anonymous</source>
            <translation>Anónimo</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>As of {time} UTC (last sync {when})</source>
            <translation>Datos al {time} UTC (última sincronización {when})</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Assigned via</source>
            <translation>Asignado mediante</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Clarity (mean)</source>
            <translation>Claridad (media)</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Completion over time</source>
            <translation>Finalización a lo largo del tiempo</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Difficulty</source>
            <translation>Dificultad</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Difficulty (mean)</source>
            <translation>Dificultad (media)</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Directly</source>
            <translation>Directamente</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Due</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Engagement (mean)</source>
            <translation>Participación (media)</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Errors</source>
            <translation>Errores</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Excuse reason</source>
            <translation>Motivo de la exención</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Excused</source>
            <translation>Eximido</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Hints</source>
            <translation>Pistas</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Last sync</source>
            <translation>Última sincronización</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <location filename="../widgets/reports.py" />
            <source>Mastery</source>
            <translation>Dominio</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Mastery by fifths</source>
            <translation>Dominio por quintos</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Median time</source>
            <translation>Tiempo mediano</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>No reports on this device yet: sync while connected to fetch them.</source>
            <translation>Todavía no hay informes en este dispositivo: sincroniza con conexión para obtenerlos.</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Pauses</source>
            <translation>Pausas</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Rating (mean)</source>
            <translation>Valoración (media)</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Ratings and difficulty</source>
            <translation>Valoraciones y dificultad</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Recommended</source>
            <translation>Recomendado</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Reports not refreshed at the last sync: {error}.</source>
            <translation>Los informes no se actualizaron en la última sincronización: {error}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Responses</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Retries</source>
            <translation>Reintentos</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Section {n}</source>
            <translation>Sección {n}</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Skipped</source>
            <translation>Omitido</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Started</source>
            <translation>Empezados</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Stopped here</source>
            <translation>Se detuvieron aquí</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Struggle by section</source>
            <translation>Dificultades por sección</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Time on task by section</source>
            <translation>Tiempo dedicado por sección</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>University</source>
            <translation>Universidad</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Waiting to sync</source>
            <translation>Pendiente de sincronizar</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>archived</source>
            <translation>archivado</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>just now</source>
            <translation>ahora mismo</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>more than {limit} rows: filter the table first</source>
            <translation>más de {limit} filas: filtra primero la tabla</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>published</source>
            <translation>publicado</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{low}–{high} %: {n}</source>
            <translation>{low}–{high} %: {n}</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{m} min {s} s</source>
            <translation>{m} min {s} s</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{n}%</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{s} s</source>
            <translation>{s} s</translation>
        </message>
    </context>
    <context>
        <name>sandbox</name>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>Code cannot run on this computer: {reason}. Staff can allow it with `frames-client sandbox --allow-unisolated yes`.</source>
            <translation>El código no puede ejecutarse en este equipo: {reason}. El personal puede permitirlo con `frames-client sandbox --allow-unisolated yes`.</translation>
        </message>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>The code could not be started: {error}</source>
            <translation>No se pudo iniciar el código: {error}</translation>
        </message>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>This version of FRAMES cannot run {language} code.</source>
            <translation>Esta versión de FRAMES no puede ejecutar código {language}.</translation>
        </message>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>{language} code cannot run on this computer: {reason}.</source>
            <translation>El código {language} no puede ejecutarse en este equipo: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>server_errors</name>
        <message>
            <location filename="../server_errors.py" />
            <source>Another copy of this device's data has synced. This device takes a new identity.</source>
            <translation>Otra copia de los datos de este dispositivo se ha sincronizado. Este dispositivo adopta una identidad nueva.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server cannot answer in a form this app reads.</source>
            <translation>El servidor no puede responder en un formato que esta aplicación entienda.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server cannot reach its database. Try again later.</source>
            <translation>El servidor no puede acceder a su base de datos. Inténtalo más tarde.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server could not do this: the request breaks one of its rules.</source>
            <translation>El servidor no pudo hacerlo: la solicitud incumple una de sus reglas.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server could not send that part of the file.</source>
            <translation>El servidor no pudo enviar esa parte del archivo.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server could not store or read a media file.</source>
            <translation>El servidor no pudo guardar o leer un archivo multimedia.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server did not accept the sign-in. Sign in again.</source>
            <translation>El servidor no aceptó el inicio de sesión. Vuelve a iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server did not understand the request.</source>
            <translation>El servidor no entendió la solicitud.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server does not accept this type of file.</source>
            <translation>El servidor no acepta este tipo de archivo.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server does not have this (or it is not visible to you).</source>
            <translation>El servidor no tiene esto (o no es visible para ti).</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server does not offer this. It may be an older version.</source>
            <translation>El servidor no ofrece esto. Puede que sea una versión anterior.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server hit an unexpected error. Try again later.</source>
            <translation>El servidor sufrió un error inesperado. Inténtalo más tarde.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server is being upgraded. Try again later.</source>
            <translation>El servidor se está actualizando. Inténtalo más tarde.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server is busy. Try again in a moment.</source>
            <translation>El servidor está ocupado. Vuelve a intentarlo dentro de un momento.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server is not set up correctly. Tell your lab admin.</source>
            <translation>El servidor no está bien configurado. Avisa al administrador del laboratorio.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server refused the request.</source>
            <translation>El servidor rechazó la solicitud.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server refused this content: it is not in the module format.</source>
            <translation>El servidor rechazó este contenido: no tiene el formato de módulo.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server's database could not be upgraded. Tell your lab admin.</source>
            <translation>No se pudo actualizar la base de datos del servidor. Avisa al administrador del laboratorio.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This account has been disabled. Ask your faculty member or a lab admin.</source>
            <translation>Esta cuenta se ha desactivado. Pregunta a tu profesor o a un administrador del laboratorio.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This app is too old for the server: please update FRAMES LMS.</source>
            <translation>Esta aplicación es demasiado antigua para el servidor: actualiza FRAMES LMS.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This clashes with something that already exists on the server.</source>
            <translation>Esto choca con algo que ya existe en el servidor.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This code was already used or has expired.</source>
            <translation>Este código ya se usó o venció.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This is too large for the server to accept.</source>
            <translation>Es demasiado grande para que el servidor lo acepte.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>Too many attempts. Wait a little and try again.</source>
            <translation>Demasiados intentos. Espera un poco y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>Your account is not allowed to do this.</source>
            <translation>Tu cuenta no tiene permiso para hacer esto.</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../ops/session.py" />
            <source>The media file {name} is missing.</source>
            <translation>Falta el archivo multimedia {name}.</translation>
        </message>
        <message>
            <location filename="../ops/session.py" />
            <source>This section has no media file.</source>
            <translation>Esta sección no tiene archivo multimedia.</translation>
        </message>
    </context>
    <context>
        <name>shortcuts</name>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>(not described)</source>
            <translation>(sin descripción)</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Everywhere</source>
            <translation>En todas partes</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>In a module</source>
            <translation>En un módulo</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Next control</source>
            <translation>Control siguiente</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>On this page</source>
            <translation>En esta página</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Press the focused button, tick the focused box</source>
            <translation>Presionar el botón que tiene el foco, marcar la casilla que tiene el foco</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Previous control</source>
            <translation>Control anterior</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message numerus="yes">
            <location filename="../ops/status.py" />
            <source>%n change(s) waiting to sync</source>
            <translation>
                <numerusform>%n cambio pendiente de sincronizar</numerusform>
                <numerusform>%n cambios pendientes de sincronizar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/status.py" />
            <source>%n item(s) not synced</source>
            <translation>
                <numerusform>%n elemento sin sincronizar</numerusform>
                <numerusform>%n elementos sin sincronizar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>All changes synced</source>
            <translation>Todos los cambios sincronizados</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/status.py" />
            <source>Last synced %n min ago</source>
            <translation>
                <numerusform>Última sincronización hace %n min</numerusform>
                <numerusform>Última sincronización hace %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Last synced just now</source>
            <translation>Última sincronización: ahora mismo</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Last synced on {date}</source>
            <translation>Última sincronización el {date}</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Last synced today at {time}</source>
            <translation>Última sincronización hoy a las {time}</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Not synced yet</source>
            <translation>Aún sin sincronizar</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Offline — your work is saved on this device and will sync when you're back online</source>
            <translation>Sin conexión: tu trabajo se guarda en este dispositivo y se sincronizará cuando vuelvas a tener conexión</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Online</source>
            <translation>Con conexión</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Signed out by the server — sign in again to sync. Your work is saved on this device.</source>
            <translation>El servidor ha cerrado tu sesión: vuelve a iniciarla para sincronizar. Tu trabajo está guardado en este dispositivo.</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Sync problem: {error}. Your work is saved on this device.</source>
            <translation>Problema de sincronización: {error}. Tu trabajo está guardado en este dispositivo.</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>unknown size</source>
            <translation>tamaño desconocido</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <location filename="../ops/storage.py" />
            <source>checking the rebuilt data</source>
            <translation>comprobar los datos reconstruidos</translation>
        </message>
        <message>
            <location filename="../ops/storage.py" />
            <source>freeing space</source>
            <translation>liberar espacio</translation>
        </message>
    </context>
    <context>
        <name>theme</name>
        <message>
            <location filename="../theme.py" />
            <source>{variable}={value}: choose one of {choices}</source>
            <translation>{variable}={value}: elige uno de {choices}</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../ops/window.py" />
            <source>saving a setting</source>
            <translation>guardar un ajuste</translation>
        </message>
        <message>
            <location filename="../ops/window.py" />
            <source>saving the window</source>
            <translation>guardar la ventana</translation>
        </message>
    </context>
</TS>
