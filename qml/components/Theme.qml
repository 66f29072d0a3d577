pragma Singleton
import QtQuick

// Colours, sizes and spacing shared by every page: calm, readable at arm's length, and large
// enough to hit with a thumb.
QtObject {
    readonly property color primary: "#00695C"
    readonly property color primaryLight: "#E0F2F1"
    readonly property color accent: "#E65100"
    readonly property color background: "#FAFAF7"
    readonly property color card: "#FFFFFF"
    readonly property color text: "#1C1B1F"
    readonly property color muted: "#5F6368"
    readonly property color divider: "#E0E0E0"
    readonly property color danger: "#B3261E"
    readonly property color warning: "#8A5300"
    readonly property color warningBack: "#FFF4E0"
    readonly property color success: "#1B5E20"
    readonly property color info: "#0B57D0"

    readonly property int fontSize: 17
    readonly property int smallFont: 14
    readonly property int titleFont: 21
    readonly property int headingFont: 26
    readonly property int touch: 48
    readonly property int spacing: 12
    readonly property int margin: 16
    readonly property int radius: 12

    function statusColor(status) {
        switch (status) {
        case "draft": return muted
        case "sent": return info
        case "received": return info
        case "more_info": return warning
        case "intake_planned": return primary
        case "in_care": return success
        case "declined": return danger
        case "closed": return muted
        case "withdrawn": return muted
        }
        return muted
    }
}
