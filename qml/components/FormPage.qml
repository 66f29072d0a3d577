import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// A page with a form: its fields scroll; Save stays at the bottom. Says when an unsaved draft
// was brought back, and where the form needs attention.
AppPage {
    id: page
    property var form
    property string saveText: qsTr("Save")
    property bool canSave: true
    property bool showFooter: true
    signal saveClicked()

    footer: ToolBar {
        visible: page.showFooter
        background: Rectangle { color: Theme.card; border.color: Theme.divider }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallFont
                color: page.form && page.form.error ? Theme.danger : Theme.muted
                text: page.form && page.form.error ? page.form.error
                      : page.form && page.form.draftRestored ? qsTr("Your unsaved text was kept.")
                      : page.form && page.form.dirty ? qsTr("Not saved yet") : ""
            }
            Button {
                text: qsTr("Undo changes")
                flat: true
                visible: page.form && page.form.dirty
                onClicked: page.form.discard()
            }
            Button {
                objectName: "saveButton"
                text: page.saveText
                highlighted: true
                enabled: page.canSave
                icon.source: "icons/check.svg"
                onClicked: page.saveClicked()
                Layout.preferredHeight: 56
            }
        }
    }
}
