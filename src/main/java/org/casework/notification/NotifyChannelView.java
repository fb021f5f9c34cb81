package org.casework.notification;

/** GOV.UK Notify's settings as administrators see them; the API key and the callback token only as set or not. */
public record NotifyChannelView(
        ChannelSetting apiKey,
        ChannelSetting baseUrl,
        ChannelSetting emailTemplateId,
        ChannelSetting smsTemplateId,
        ChannelSetting callbackToken,
        boolean canSendEmail,
        boolean canSendSms) {}
