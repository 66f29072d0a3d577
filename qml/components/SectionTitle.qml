import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

Label {
    Layout.fillWidth: true
    Layout.topMargin: Theme.spacing
    font.pixelSize: Theme.titleFont
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
}
