import QtQuick
import Brug
import QtQuick.Controls

// A referral's status as a coloured label, in the user's language.
Label {
    property string status
    text: status ? (Labels.names.referral_status[status] || Labels.names.referral_state[status] || status) : ""
    color: "white"
    font.pixelSize: Theme.smallFont
    font.bold: true
    leftPadding: 10
    rightPadding: 10
    topPadding: 4
    bottomPadding: 4
    visible: status.length > 0
    background: Rectangle {
        color: Theme.statusColor(parent.status)
        radius: height / 2
    }
}
